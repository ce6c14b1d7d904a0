import { randomBytes } from 'node:crypto';
import type { Invariant } from '../invariants/invariant.js';
import type { MerchantUnderTest, SimulatorAccess } from '../merchant-under-test.js';
import type { AccountChanges } from './account-changes.js';
import { answerWithin, DEFAULT_ANSWER_TIMEOUT_MS, withAnswerDeadline } from './answer-deadline.js';
import { ScenarioWorld } from './scenario-world.js';
import { type DirectCall, SimulatorControl } from './simulator-control.js';
import type { WebhookControl } from './webhook-control.js';

/** Where the simulator is and how the harness reaches it and the merchant's in-process webhook handlers. */
export interface SimulatorLink {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  /** In-process only: the harness's own calls, without Fetch objects. */
  readonly direct?: DirectCall;
  /** The harness's own simulator only: what tells a read that the account shows nothing new. */
  changesOf?(account: string): AccountChanges;
  /** Makes `url` reach an in-process webhook handler; returns a function that forgets it. */
  routeWebhook(url: string, handler: (request: Request) => Promise<Response>): () => void;
  webhookControl(control: SimulatorControl): WebhookControl;
}

// Every run starts at the same frozen moment (a Wednesday, 10:00 in Bangkok), so runs replay exactly.
const SCENARIO_START = '2025-01-15T03:00:00Z';
let sessions = 0;

/**
 * One run: a fresh account (or an existing one, reset first), the merchant started against it, and its
 * world. `close` tears both down.
 */
export async function openSession(
  link: SimulatorLink,
  merchant: MerchantUnderTest,
  invariants: readonly Invariant[],
  existingAccount?: string,
  graceMs?: number,
  answerTimeoutMs = DEFAULT_ANSWER_TIMEOUT_MS,
): Promise<{ world: ScenarioWorld; close: () => Promise<void> }> {
  const account = existingAccount ?? `scn${++sessions}${randomBytes(3).toString('hex')}`;
  const changes = link.changesOf?.(account);
  const control = new SimulatorControl(
    link.baseUrl,
    link.fetch,
    `skey_test_${account}`,
    link.direct,
    changes,
  );
  const webhooks = link.webhookControl(control);
  // A running merchant was set up with the account's webhook secret: keep it across the reset.
  const keptSecret = existingAccount ? await webhooks.secret() : undefined;
  if (existingAccount) await control.must('POST', '/_sim/reset');
  await control.must('POST', '/_sim/clock/freeze');
  const clock = await control.must<{ now_ms: number }>('POST', '/_sim/clock/set', { to: SCENARIO_START });
  const access: SimulatorAccess = {
    baseUrl: link.baseUrl,
    fetch: link.fetch,
    publicKey: `pkey_test_${account}`,
    secretKey: control.secretKey,
    webhookSecret: keptSecret ?? (await webhooks.secret()),
  };
  const target = await answerWithin(merchant.start(access), answerTimeoutMs, 'start (its setup)');
  // Bounded once started: a merchant over HTTP learns its hooks and API timeout in setup.
  const bounded = withAnswerDeadline(merchant, answerTimeoutMs);
  const url = 'webhook' in target ? `http://${account}.merchant.invalid/webhooks/omise` : target.webhookUrl;
  const forget = 'webhook' in target ? link.routeWebhook(url, target.webhook) : () => {};
  await webhooks.sendTo(url, keptSecret);
  const world = new ScenarioWorld({ control, webhooks, merchant: bounded, target, invariants, graceMs });
  // The clock the merchant starts at: as set, since nothing moved it after.
  await world.tick(clock.now_ms);
  return {
    world,
    close: async () => {
      forget();
      changes?.stop();
      await bounded.stop?.();
      await control.call('POST', '/_sim/reset');
    },
  };
}
