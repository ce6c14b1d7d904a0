import { expect, test } from 'vitest';
import { posMerchantUnderTest } from '../examples/pos-merchant/pos-merchant-under-test.js';
import { progressPrinter } from '../simulator/cli/progress-printer.js';
import { runMerchantScenarios, type ScenarioProgress } from './index.js';

test('reports progress after every run', async () => {
  const seen: ScenarioProgress[] = [];
  const summary = await runMerchantScenarios({
    merchant: posMerchantUnderTest(),
    seed: 1,
    numRuns: 3,
    onProgress: (progress) => seen.push(progress),
  });
  expect(seen.map(({ phase, runs, numRuns }) => ({ phase, runs, numRuns }))).toEqual([
    { phase: 'searching', runs: 1, numRuns: 3 },
    { phase: 'searching', runs: 2, numRuns: 3 },
    { phase: 'searching', runs: 3, numRuns: 3 },
  ]);
  expect(seen.at(-1)?.steps).toBe(summary.steps);
}, 60_000);

test('prints progress at most every 2 s, and once when shrinking starts', () => {
  const lines: string[] = [];
  const print = progressPrinter((line) => lines.push(line));
  print({ phase: 'searching', runs: 1, numRuns: 100, steps: 9 });
  print({ phase: 'shrinking', runs: 2, numRuns: 100, steps: 20 });
  print({ phase: 'shrinking', runs: 3, numRuns: 100, steps: 25 });
  expect(lines).toEqual(['  a run failed; shrinking it (2 runs so far)']);
});
