import { expect, test } from 'vitest';
import { IdleWaiters } from './idle-waiters.js';

test("says whose webhooks someone waits for: the account's waiters, and those waiting for every account", async () => {
  let idle = false;
  let waits = 0;
  const waiters = new IdleWaiters(
    () => idle,
    () => waits++,
  );
  expect(waiters.waitsFor('a')).toBe(false);
  const forA = waiters.wait('a', 60_000, () => 'a');
  expect([waiters.waitsFor('a'), waiters.waitsFor('b'), waits]).toEqual([true, false, 1]);
  const forAll = waiters.wait(undefined, 60_000, () => 'all');
  expect(waiters.waitsFor('b')).toBe(true);
  idle = true;
  waiters.check();
  await Promise.all([forA, forAll]);
  expect([waiters.waitsFor('a'), waiters.waitsFor('b')]).toEqual([false, false]);
});
