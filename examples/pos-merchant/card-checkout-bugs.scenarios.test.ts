import { expect, test } from 'vitest';
import { runMerchantScenarios } from '../../scenarios/index.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

// Card checkouts through 3-D Secure go through the same invariants as the other methods: broken merchants are
// caught with cards alone. Long property runs: generous limits, never a measure of speed.
const RUN_TIMEOUT = 120_000;

test.each(['fulfils-on-create', 'ignores-failures', 'trusts-browser-return', 'wrong-currency'] as const)(
  'catches the %s merchant with card checkouts alone',
  async (bug) => {
    const run = runMerchantScenarios({
      merchant: posMerchantUnderTest(bug),
      seed: 5,
      methods: ['card'],
      numRuns: 60,
    });
    await expect(run).rejects.toThrow();
  },
  RUN_TIMEOUT,
);
