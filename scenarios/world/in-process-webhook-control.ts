import type { Simulator } from '../../simulator/create-simulator.js';
import { parseKey } from '../../simulator/http/parse-key.js';
import { caughtUp } from './caught-up.js';
import { httpWebhookControl } from './http-webhook-control.js';
import type { SimulatorControl } from './simulator-control.js';
import type { WebhookControl } from './webhook-control.js';

// The waits the control API's answers are asked for (see http-webhook-control.ts).
const SETTLE_TIMEOUT_MS = 30_000;
const DRAIN_TIMEOUT_MS = 60_000;

/**
 * Webhook delivery of one account of the harness's own in-process simulator. The three calls made around
 * every step (settle, unsettled charges, and drain at the end) go to `simulator.webhooks` itself, doing what
 * `POST /_sim/webhooks/wait`, `GET /_sim/webhooks/status` and `POST /_sim/webhooks/drain` do (the account's due
 * jobs fired first, as every request does), without a request through the app each time. Settings, faults
 * and replays keep going through the control API, which checks what they are given.
 */
export function inProcessWebhookControl(sim: Simulator, control: SimulatorControl): WebhookControl {
  const overHttp = httpWebhookControl(control);
  const parsed = parseKey(control.secretKey);
  if (!('account' in parsed)) return overHttp;
  const name = parsed.account;
  return {
    ...overHttp,
    async settle() {
      await caughtUp(sim.account(name));
      await sim.webhooks.idle(name, { timeoutMs: SETTLE_TIMEOUT_MS }).catch(() => {});
    },
    async drain() {
      await caughtUp(sim.account(name));
      await sim.webhooks.drain(name, { timeoutMs: DRAIN_TIMEOUT_MS }).catch(() => {});
    },
    async unsettledCharges() {
      await caughtUp(sim.account(name));
      return new Set(sim.webhooks.status(name).pending_charges);
    },
  };
}
