import { expect, test } from 'vitest';
import { posMerchantUnderTest } from '../../examples/pos-merchant/pos-merchant-under-test.js';
import { runMerchantScenarios, ScenarioFailure } from '../index.js';
import type { MerchantUnderTest } from '../merchant-under-test.js';

const TIMEOUT = 120_000;

/** The reference merchant, except that one read of one order lies once: a failure no re-run reproduces. */
function lyingOnce(): MerchantUnderTest {
  const merchant = posMerchantUnderTest();
  let reads = 0;
  return {
    ...merchant,
    async order(orderId) {
      const order = await merchant.order(orderId);
      return ++reads === 3 ? { ...order, fulfilments: 2 } : order;
    },
  };
}

const failureOf = (run: Promise<unknown>) =>
  run.then(
    () => {
      throw new Error('expected a ScenarioFailure');
    },
    (error: unknown) => error as ScenarioFailure,
  );

test(
  'says plainly when the counterexample does not fail again, and never calls it shrunk',
  async () => {
    const failure = await failureOf(runMerchantScenarios({ merchant: lyingOnce(), seed: 1, numRuns: 20 }));
    expect(failure).toBeInstanceOf(ScenarioFailure);
    expect(failure.message).toContain('not shrunk: no smaller scenario failed');
    expect(failure.message).toContain('FLAKY: re-run, this scenario did not fail again');
  },
  TIMEOUT,
);

test(
  'reports when the rule broke, the order next to its charge, and the webhooks with the answers',
  async () => {
    const failure = await failureOf(
      runMerchantScenarios({ merchant: posMerchantUnderTest('ignores-failures'), seed: 3 }),
    );
    const { message } = failure;
    expect(message).toMatch(/broke after step \d+/);
    expect(message).toMatch(/shrunk in \d+ shrinks, first failing run had \d+ steps/);
    expect(message).toMatch(/status: pending +status: failed/);
    expect(message).toMatch(/charge\.complete attempt 1: 200 \{"applied":true\}/);
    expect(message).not.toContain('FLAKY');
  },
  TIMEOUT,
);

test(
  'prints a seed and path that replay the shrunk scenario on their own',
  async () => {
    const merchant = () => posMerchantUnderTest('blind-retry');
    const first = await failureOf(runMerchantScenarios({ merchant: merchant(), seed: 3 }));
    const { seed, path } = first.scenario;
    expect(path).toContain('@');
    const again = await failureOf(
      runMerchantScenarios({ merchant: merchant(), seed: seed ?? 0, path: path ?? '' }),
    );
    expect(again.scenario.description).toEqual(first.scenario.description);
    expect(again.message).toContain('replayed from its path');
  },
  TIMEOUT,
);
