import { expect, test } from 'vitest';
import { posMerchantUnderTest } from '../../examples/pos-merchant/pos-merchant-under-test.js';
import { runMerchantScenarios, ScenarioFailure } from '../index.js';

const TIMEOUT = 120_000;

test(
  'without a settled hook, a rule that stays broken past the grace period still fails',
  async () => {
    const merchant = posMerchantUnderTest('ignores-failures', { async: true, settledHook: false });
    const failure = await runMerchantScenarios({ merchant, seed: 3, graceMs: 100 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ScenarioFailure);
    expect((failure as ScenarioFailure).scenario.failure?.invariant).toBe('failures-are-never-fulfilled');
  },
  TIMEOUT,
);
