import { afterAll, beforeAll, expect, test } from 'vitest';
import { httpMerchant, replayScenario, ScenarioFailure, type ScenarioFile } from '../../scenarios/index.js';
import { createSimulator, type RunningServer } from '../../simulator/index.js';
import { servePosMerchant } from './serve-pos-merchant.js';

// The shrunk scenario that catches a merchant ignoring expiry: what QA replays against a running service.
const scenario: ScenarioFile = {
  format: 'omise-sim-scenario',
  version: 1,
  name: 'ignores-expiry',
  seed: null,
  path: null,
  steps: [
    { kind: 'checkout', method: 'wechat_pay_mpm', amount: 2000, currency: 'THB' },
    { kind: 'time_passes', seconds: 7201 },
  ],
  description: [],
  failure: null,
};

const sim = createSimulator();
let simServer: RunningServer;
beforeAll(async () => {
  simServer = await sim.listen({ port: 0 });
});
afterAll(() => sim.close());

async function replayAgainst(bug?: 'ignores-expiry') {
  const merchant = await servePosMerchant({
    simUrl: simServer.url,
    secretKey: 'skey_test_staging',
    bug,
    port: 0,
  });
  try {
    await replayScenario({
      scenario,
      merchant: httpMerchant(merchant.url),
      simulator: { url: simServer.url },
      account: 'staging',
    });
  } finally {
    await merchant.close();
  }
}

test('replays a saved scenario against a merchant running over HTTP, and passes when it is right', async () => {
  await replayAgainst();
});

test('fails the replay, in plain words, against a running merchant with the bug', async () => {
  const failure = await replayAgainst('ignores-expiry').catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ScenarioFailure);
  expect((failure as ScenarioFailure).message).toContain('the charge expired but the order is pending');
  expect((failure as ScenarioFailure).message).toContain('2. 2 h 1 s pass');
});
