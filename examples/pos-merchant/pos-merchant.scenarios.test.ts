import { describe, expect, test } from 'vitest';
import { runMerchantScenarios, ScenarioFailure } from '../../scenarios/index.js';
import { type MerchantBug, merchantBugs } from './bugs.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

// Fixed seeds keep CI deterministic; each is a full default run (100 scenarios of up to 30 steps).
const SEEDS = [1, 2, 3];
const FEW_STEPS = 6;
// 100 scenario runs per seed take seconds, more on a busy machine: far more than vitest's 5 s default.
const RUNS_TIMEOUT = { timeout: 180_000 };

describe('the reference POS merchant', RUNS_TIMEOUT, () => {
  test.each(SEEDS)('keeps every invariant over the default number of runs (seed %i)', async (seed) => {
    await runMerchantScenarios({ merchant: posMerchantUnderTest(), seed });
  });
});

describe('each broken variant', RUNS_TIMEOUT, () => {
  const bugs = Object.entries(merchantBugs) as Array<[MerchantBug, string]>;

  test.each(bugs)('%s is caught within the default runs, shrunk to a few steps', async (bug, description) => {
    for (const seed of SEEDS) {
      const failure = await runMerchantScenarios({ merchant: posMerchantUnderTest(bug), seed }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure, `${bug} (${description}) was not caught with seed ${seed}`).toBeInstanceOf(
        ScenarioFailure,
      );
      const { scenario, message } = failure as ScenarioFailure;
      expect(scenario.failure).not.toBeNull();
      expect(scenario.steps.length).toBeGreaterThan(0);
      expect(scenario.steps.length).toBeLessThanOrEqual(FEW_STEPS);
      expect(message).toContain(`Seed: ${seed}`);
      expect(message).toContain(`1. ${scenario.description[0]}`);
    }
  });
});
