import { describe, test } from 'vitest';
import { runMerchantScenarios } from '../../scenarios/index.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

// The proof that the harness raises no false alarm: both correct variants of the example merchant keep
// every invariant over five fixed seeds of the default 100 runs. `npm run test:proof` (CI runs it).
const SEEDS = [1, 2, 3, 4, 5];
const RUN_TIMEOUT = 180_000;

describe.each([
  ['synchronous', false],
  ['asynchronous', true],
])('the %s reference merchant', (_name, async) => {
  test.each(SEEDS)(
    'keeps every invariant over 100 runs (seed %i)',
    async (seed) => {
      await runMerchantScenarios({
        merchant: posMerchantUnderTest(undefined, { async }),
        seed,
        numRuns: 100,
      });
    },
    RUN_TIMEOUT,
  );
});
