import { expect, test } from 'vitest';
import { loadOnce } from './load-once.js';

test('loads once, and hands every caller the same promise', async () => {
  let loads = 0;
  const load = loadOnce(async () => ++loads);
  const [a, b] = [load(), load()];
  expect(a).toBe(b);
  expect(await a).toBe(1);
  expect(await load()).toBe(1);
  expect(loads).toBe(1);
});

test('forgets a failed load: the callers of that load see the failure, the next call loads again', async () => {
  let loads = 0;
  const load = loadOnce(async () => {
    loads++;
    if (loads === 1) throw new Error('module fetch timed out');
    return 'module';
  });
  const first = load();
  await expect(first).rejects.toThrow('module fetch timed out');
  expect(load()).not.toBe(first);
  expect(await load()).toBe('module');
  expect(loads).toBe(2);
});
