import { expect, test } from 'vitest';
import { ImportBudget } from './import-budget.js';

test('runs works while their bytes fit, refuses the one that does not, and frees the bytes after', async () => {
  const budget = new ImportBudget(100);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const first = budget.within(60, () => held.then(() => 'first'));
  expect(await budget.within(50, async () => 'second')).toBeUndefined();
  expect(await budget.within(40, async () => 'third')).toBe('third');
  release();
  expect(await first).toBe('first');
  expect(await budget.within(100, async () => 'fourth')).toBe('fourth');
});

test('always runs one work alone, however large', async () => {
  expect(await new ImportBudget(10).within(1000, async () => 'alone')).toBe('alone');
});
