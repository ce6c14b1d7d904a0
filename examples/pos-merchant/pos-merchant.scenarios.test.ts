import { describe, expect, test } from 'vitest';
import { runMerchantScenarios, ScenarioFailure } from '../../scenarios/index.js';
import { type MerchantBug, merchantBugs } from './bugs.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

// Fixed seeds keep CI deterministic; each is a full default run (100 scenarios of up to 30 steps).
const SEEDS = [1, 2, 3];
const FEW_STEPS = 6;
// A full run takes seconds on an idle machine and far longer on a busy one: no run may fail for being slow.
const FULL_RUN_TIMEOUT_MS = 120_000;

describe('the reference POS merchant', () => {
  test.each(SEEDS)(
    'keeps every invariant over the default number of runs (seed %i)',
    async (seed) => {
      await runMerchantScenarios({ merchant: posMerchantUnderTest(), seed });
    },
    FULL_RUN_TIMEOUT_MS,
  );
});

describe('each broken variant', () => {
  const bugs = Object.entries(merchantBugs) as Array<[MerchantBug, string]>;

  test.each(bugs)(
    '%s is caught within the default runs, shrunk to a few steps',
    async (bug, description) => {
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
    },
    FULL_RUN_TIMEOUT_MS,
  );
});
