import { describe, expect, test } from 'vitest';
import { runMerchantScenarios, ScenarioFailure } from '../../scenarios/index.js';
import { type MerchantBug, merchantBugs } from './bugs.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

// Every broken variant of the example merchant is caught within the default 100 runs on each of three fixed
// seeds, and shrunk to a few plain steps.
const BUG_SEEDS = [3, 4, 5];
const FEW_STEPS = 6;
// Long property runs: a generous limit, never a measure of speed.
const BUG_TIMEOUT = 240_000;

describe('each broken variant', () => {
  const bugs = Object.entries(merchantBugs) as Array<[MerchantBug, string]>;

  test.each(bugs)(
    '%s is caught within the default runs, shrunk to a few steps',
    async (bug, description) => {
      for (const seed of BUG_SEEDS) {
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
        expect(message).not.toContain('FLAKY');
      }
    },
    BUG_TIMEOUT,
  );
});
