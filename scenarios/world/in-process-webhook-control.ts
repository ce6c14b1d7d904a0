import type { Simulator } from '../../simulator/create-simulator.js';
import type { Params } from '../../simulator/http/form-params.js';
import { DEFAULT_REQUEST_LIMITS } from '../../simulator/http/limits/request-limits.js';
import { parseKey } from '../../simulator/http/parse-key.js';
import { toPlainData } from '../../simulator/http/plain-data.js';
import { caughtUp } from './caught-up.js';
import { httpWebhookControl } from './http-webhook-control.js';
import type { SimulatorControl } from './simulator-control.js';
import type { WebhookControl } from './webhook-control.js';

// The waits the control API's answers are asked for (see http-webhook-control.ts).
const SETTLE_TIMEOUT_MS = 30_000;
const DRAIN_TIMEOUT_MS = 60_000;

/**
 * Webhook delivery of one account of the harness's own in-process simulator, through `simulator.webhooks`
 * itself: what `/_sim/webhooks` (its secret, where events go), `/_sim/webhook_faults`, `/_sim/webhooks/wait`,
 * `/status` and `/drain` do, with the account's due jobs fired first and a body read as the API reads it,
 * without a request through the app each time (the harness settles and reads the status around every step).
 * A refused setting throws the simulator's Omise error. Replays keep going through the control API.
 */
export function inProcessWebhookControl(sim: Simulator, control: SimulatorControl): WebhookControl {
  const overHttp = httpWebhookControl(control);
  const parsed = parseKey(control.secretKey);
  if (!('account' in parsed)) return overHttp;
  const name = parsed.account;
  const ready = () => caughtUp(sim.account(name));
  return {
    ...overHttp,
    async secret() {
      await ready();
      return sim.webhooks.settings(name).secret;
    },
    async sendTo(url, secret) {
      await ready();
      sim.webhooks.configure(name, asSent({ url, ...(secret && { secret }) }));
    },
    async addFault(rule) {
      await ready();
      sim.webhooks.addFault(name, asSent(rule));
    },
    async settle() {
      await ready();
      await sim.webhooks.idle(name, { timeoutMs: SETTLE_TIMEOUT_MS }).catch(() => {});
    },
    async drain() {
      await ready();
      await sim.webhooks.drain(name, { timeoutMs: DRAIN_TIMEOUT_MS }).catch(() => {});
    },
    async unsettledCharges() {
      await ready();
      return new Set(sim.webhooks.status(name).pending_charges);
    },
  };
}

/** A JSON body as the control API reads it: through its text, as plain data within the request limits. */
function asSent(body: Record<string, unknown>): Params {
  return toPlainData(JSON.parse(JSON.stringify(body)), DEFAULT_REQUEST_LIMITS) as Params;
}
