import { expect, test } from 'vitest';
import { RenderQueue } from './render-queue.js';

function deferred() {
  let resolve: (bytes: Uint8Array) => void = () => {};
  const promise = new Promise<Uint8Array>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

test('runs no more renders at once than its limit, and the rest in order as they finish', async () => {
  const queue = new RenderQueue(2);
  const gates = [deferred(), deferred(), deferred()];
  const started: number[] = [];
  const results = gates.map((gate, i) =>
    queue.run(() => {
      started.push(i);
      return gate.promise;
    }),
  );
  await new Promise((resolve) => setImmediate(resolve));
  expect(started).toEqual([0, 1]);
  expect(queue.pending).toBe(3);
  gates[1]?.resolve(Uint8Array.of(1));
  await results[1];
  while (started.length < 3) await new Promise((resolve) => setImmediate(resolve));
  expect(started).toEqual([0, 1, 2]);
  gates[0]?.resolve(Uint8Array.of(0));
  gates[2]?.resolve(Uint8Array.of(2));
  expect(await Promise.all(results)).toEqual([0, 1, 2].map((n) => Uint8Array.of(n)));
  expect(queue.pending).toBe(0);
});

test('starts a render in a later event-loop turn, never inside the caller', () => {
  const queue = new RenderQueue();
  let started = false;
  const done = queue.run(() => {
    started = true;
    return 1;
  });
  expect(started).toBe(false);
  return expect(done).resolves.toBe(1);
});

test('passes a failed render on and frees its place for the next', async () => {
  const queue = new RenderQueue(1);
  const failed = queue.run(() => {
    throw new Error('boom');
  });
  const next = queue.run(() => 'drawn');
  await expect(failed).rejects.toThrow('boom');
  expect(await next).toBe('drawn');
});
