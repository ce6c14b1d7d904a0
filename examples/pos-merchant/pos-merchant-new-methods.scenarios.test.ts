import { expect, test } from 'vitest';
import {
  builtInInvariants,
  type Invariant,
  replayScenario,
  runMerchantScenarios,
  ScenarioFailure,
} from '../../scenarios/index.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

// The scenario harness with the methods added after the seeds' five: PromptPay alone (the customer pays one
// charge, another expires after 24 hours), TrueMoney App Redirection alone, the Thai banking apps and wallets.
// Long property runs: a generous limit, never a measure of speed.
const RUN_TIMEOUT = 120_000;

/** An invariant that never fails and keeps what the last check saw: each order and its charge's status. */
function lastSeen(seen: Map<string, string>): Invariant {
  return {
    name: 'last-seen',
    description: 'records the books at the last check',
    check(snapshot, step) {
      if (step.final) seen.set(snapshot.orderId, `${snapshot.order.status}/${snapshot.charge.status}`);
      return null;
    },
  };
}

test('pays one PromptPay order and expires another after 24 hours', async () => {
  const seen = new Map<string, string>();
  await replayScenario({
    merchant: posMerchantUnderTest(),
    invariants: [...builtInInvariants, lastSeen(seen)],
    scenario: {
      format: 'omise-sim-scenario',
      version: 1,
      name: 'promptpay-pay-and-expire',
      seed: 0,
      path: '',
      steps: [
        { kind: 'checkout', method: 'promptpay', amount: 35000, currency: 'THB' },
        { kind: 'customer_pays', pick: 0 },
        { kind: 'checkout', method: 'promptpay', amount: 2000, currency: 'THB' },
        { kind: 'time_passes', seconds: 24 * 3600 + 1 },
      ],
      description: [],
      failure: null,
    },
  });
  expect(Object.fromEntries(seen)).toEqual({
    'order-1': 'paid/successful',
    'order-2': 'expired/expired',
  });
});

test(
  'keeps every invariant of the reference merchant with PromptPay checkouts',
  async () => {
    await runMerchantScenarios({
      merchant: posMerchantUnderTest(),
      methods: ['promptpay'],
      seed: 1,
      numRuns: 30,
    });
  },
  RUN_TIMEOUT,
);

test(
  'catches a merchant that ignores PromptPay expiry',
  async () => {
    const failure = await runMerchantScenarios({
      merchant: posMerchantUnderTest('ignores-expiry'),
      methods: ['promptpay'],
      seed: 1,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ScenarioFailure);
    expect((failure as ScenarioFailure).scenario.steps).toContainEqual(
      expect.objectContaining({ kind: 'checkout', method: 'promptpay' }),
    );
  },
  RUN_TIMEOUT,
);

test(
  'keeps every invariant with TrueMoney App Redirection checkouts (3-minute expiry, return_uri)',
  async () => {
    await runMerchantScenarios({
      merchant: posMerchantUnderTest(),
      methods: ['truemoney_jumpapp'],
      seed: 1,
      numRuns: 30,
    });
  },
  RUN_TIMEOUT,
);

test(
  'catches a merchant that trusts the browser coming back from TrueMoney App Redirection',
  async () => {
    const failure = await runMerchantScenarios({
      merchant: posMerchantUnderTest('trusts-browser-return'),
      methods: ['truemoney_jumpapp'],
      seed: 1,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ScenarioFailure);
  },
  RUN_TIMEOUT,
);

// The Thai banking apps and wallets: redirect and app redirect (7-day and 24-hour expiries), return_uri.
const THAI_REDIRECTS = [
  ...['mobile_banking_bay', 'mobile_banking_bbl', 'mobile_banking_kbank', 'mobile_banking_ktb'],
  ...['mobile_banking_scb', 'shopeepay', 'shopeepay_jumpapp', 'rabbit_linepay'],
];

test(
  'keeps every invariant with the Thai banking apps and wallets (redirect and app redirect)',
  async () => {
    await runMerchantScenarios({
      merchant: posMerchantUnderTest(),
      methods: THAI_REDIRECTS,
      seed: 1,
      numRuns: 30,
    });
  },
  RUN_TIMEOUT,
);

test(
  'catches a merchant that trusts the browser coming back from a banking app',
  async () => {
    const failure = await runMerchantScenarios({
      merchant: posMerchantUnderTest('trusts-browser-return'),
      methods: THAI_REDIRECTS,
      seed: 1,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ScenarioFailure);
    const methods = (failure as ScenarioFailure).scenario.steps.flatMap((step) =>
      step.kind === 'checkout' ? [step.method] : [],
    );
    expect(methods.length).toBeGreaterThan(0);
    expect(methods.every((method) => THAI_REDIRECTS.includes(String(method)))).toBe(true);
  },
  RUN_TIMEOUT,
);
