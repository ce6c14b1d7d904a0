import { expect } from 'vitest';
import { chargeParams, type TestApi, testApi } from '../../test-support/test-api.js';
import type { DeliveryAttempt } from '../delivery/delivery-attempt.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

export const START = '2024-03-01T10:00:00Z';
/** The receiver's wall clock (and the simulator's real time): signatures carry it, whatever the account clock says. */
export const REAL_NOW = Date.parse('2026-11-22T09:00:00Z');

export interface WebhookSetup {
  readonly api: TestApi;
  readonly receiver: WebhookReceiver;
  readonly account: string;
  /** The account's webhook secret. */
  readonly secret: string;
  /** The account clock. */
  now(): number;
  createCharge(extra?: Record<string, unknown>): Promise<string>;
  pay(chargeId: string): Promise<void>;
  idle(): Promise<void>;
  log(): DeliveryAttempt[];
  /** Keys of the events the receiver got, in arrival order. */
  receivedKeys(): string[];
  close(): Promise<void>;
}

/**
 * An in-process simulator (seeded, clock frozen at START) whose account sends its webhooks to a real
 * receiver on 127.0.0.1; `settings` go to PUT /_sim/webhooks on top of the receiver's url.
 */
export async function setupWebhooks(
  settings: Record<string, unknown> = {},
  options: { realNow?: () => number } = {},
): Promise<WebhookSetup> {
  const receiver = await startWebhookReceiver();
  const api = testApi('hooks', { realNow: options.realNow ?? (() => REAL_NOW) });
  api.freezeAt(START);
  const put = await api.send('PUT', '/_sim/webhooks', { url: receiver.url, ...settings }, { json: true });
  if (put.status !== 200) throw new Error(`PUT /_sim/webhooks failed: ${JSON.stringify(put.body)}`);
  const { sim, account } = api;
  return {
    api,
    receiver,
    account,
    secret: put.body.secret as string,
    now: () => sim.account(account).clock.now(),
    async createCharge(extra = {}) {
      const response = await api.post(
        '/charges',
        { ...chargeParams('wechat_pay_upm', 150000), ...extra },
        { json: true },
      );
      if (response.status !== 200) throw new Error(`charge create failed: ${JSON.stringify(response.body)}`);
      return response.body.id as string;
    },
    async pay(chargeId) {
      expect((await api.post(`/charges/${chargeId}/mark_as_paid`)).status).toBe(200);
    },
    // Generous: a busy machine may need many seconds for a burst of deliveries; idle() resolves as soon as they settle.
    idle: () => sim.webhooks.idle(account, { timeoutMs: 60_000 }),
    log: () => sim.webhooks.deliveries(account),
    receivedKeys: () => receiver.received.map((request) => JSON.parse(request.body).key as string),
    async close() {
      await sim.close();
      await receiver.close();
    },
  };
}

/** The delivery log and the receiver agree, attempt for attempt: same id, body, signature and status. */
export function expectLogMatchesReceiver(setup: WebhookSetup): void {
  const sent = setup
    .log()
    .filter((attempt) => !attempt.faults.includes('dropped') && attempt.uri === setup.receiver.url);
  const received = setup.receiver.received;
  expect(received.map((request) => request.headers['omise-sim-delivery']).sort()).toEqual(
    sent.map((a) => a.id).sort(),
  );
  for (const attempt of sent) {
    const request = received.find((candidate) => candidate.headers['omise-sim-delivery'] === attempt.id);
    expect(request?.body).toBe(attempt.payload);
    expect(request?.headers['omise-signature']).toBe(attempt.signature);
    expect(request?.headers['omise-signature-timestamp']).toBe(String(attempt.signatureTimestamp));
    expect(request?.status).toBe(attempt.status);
  }
}
