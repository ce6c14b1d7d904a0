import { describe, test } from 'vitest';
import { runMerchantScenarios } from '../../scenarios/index.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

// Fixed seeds keep CI deterministic; each is a full default run (100 scenarios of up to 30 steps). The five
// seeds of both correct variants are `npm run test:proof` (pos-merchant.proof.test.ts); the broken variants
// are pos-merchant-bugs.scenarios.test.ts.
const REFERENCE_SEEDS = [1, 2, 3];
// Long property runs: generous limits, never a measure of speed.
const RUN_TIMEOUT = 120_000;

describe('the reference POS merchant', () => {
  test.each(REFERENCE_SEEDS)(
    'keeps every invariant over the default number of runs (seed %i)',
    async (seed) => {
      await runMerchantScenarios({ merchant: posMerchantUnderTest(), seed });
    },
    RUN_TIMEOUT,
  );
});

describe('card checkouts', () => {
  test(
    'keeps every invariant when customers pay by card through 3-D Secure, pass or fail',
    async () => {
      await runMerchantScenarios({
        merchant: posMerchantUnderTest(),
        seed: 4,
        methods: ['card'],
        numRuns: 40,
      });
    },
    RUN_TIMEOUT,
  );
});

describe('the asynchronous variant (webhooks acknowledged at once, applied by a background worker)', () => {
  test(
    'keeps every invariant when it says when it has settled',
    async () => {
      await runMerchantScenarios({ merchant: posMerchantUnderTest(undefined, { async: true }), seed: 1 });
    },
    RUN_TIMEOUT,
  );

  test(
    'keeps every invariant without a settled hook, within the grace period',
    async () => {
      const merchant = posMerchantUnderTest(undefined, { async: true, settledHook: false });
      // A generous grace: a correct merchant uses a few ms of it; a busy machine may need more.
      await runMerchantScenarios({ merchant, seed: 2, numRuns: 40, graceMs: 10_000 });
    },
    RUN_TIMEOUT,
  );
});
