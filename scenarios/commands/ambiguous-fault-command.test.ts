import { expect, test } from 'vitest';
import { posMerchantUnderTest } from '../../examples/pos-merchant/pos-merchant-under-test.js';
import { emptyModel } from '../model.js';
import { runMerchantScenarios } from '../run-merchant-scenarios.js';
import { AmbiguousFaultCommand } from './ambiguous-fault-command.js';

const abilities = { refund: true, tick: true, browserReturn: true, apiTimeoutMs: null };

test('tries answers after the merchant’s timeout only for a merchant that declares one', () => {
  const late = new AmbiguousFaultCommand('create_charge', 'late', 120);
  expect(late.check(emptyModel(abilities))).toBe(false);
  expect(late.check(emptyModel({ ...abilities, apiTimeoutMs: 300 }))).toBe(true);
  expect(late.toString()).toBe(
    "the merchant's next charge creation is made, but answered 120 ms after the merchant's timeout",
  );
});

test('says how long a held operation stays in flight, in words', () => {
  expect(new AmbiguousFaultCommand('create_refund', 'held', 3661).toString()).toBe(
    "the merchant's next refund is held in flight and lands 1 h 1 min 1 s later, after the merchant gave up",
  );
});

test('keeps a correct merchant with an API timeout green through answers that come after it', async () => {
  const merchant = posMerchantUnderTest(undefined, { apiTimeoutMs: 250 });
  await runMerchantScenarios({ merchant, seed: 4, numRuns: 25 });
}, 120_000);
