import { afterEach, expect, test } from 'vitest';
import { signPayload } from './signature/sign-payload.js';
import { verifyOmiseSignature } from './signature/verify-omise-signature.js';
import {
  expectLogMatchesReceiver,
  REAL_NOW,
  START,
  setupWebhooks,
  type WebhookSetup,
} from './testing/webhook-test-setup.js';

let setup: WebhookSetup;
afterEach(() => setup?.close());

const at = (seconds: number) => Date.parse(START) + seconds * 1000;

async function withFaults(rules: Record<string, unknown>[], seed?: number): Promise<WebhookSetup> {
  const ready = await setupWebhooks();
  const put = await ready.api.send('PUT', '/_sim/webhook_faults', { seed, rules }, { json: true });
  expect(put.status).toBe(200);
  return ready;
}

test('duplicate: delivers the event twice, both signed', async () => {
  setup = await withFaults([{ fault: 'duplicate', keys: ['charge.complete'] }]);
  await setup.pay(await setup.createCharge());
  await setup.idle();
  expect(setup.receivedKeys()).toEqual(['charge.create', 'charge.complete', 'charge.complete']);
  const [, first, second] = setup.receiver.received.map((request) => JSON.parse(request.body).id);
  expect(second).toBe(first);
  expect(setup.log().map((attempt) => attempt.kind)).toEqual(['event', 'event', 'duplicate']);
  for (const request of setup.receiver.received) {
    expect(verifyOmiseSignature(request.body, request.headers, setup.secret, { now: REAL_NOW })).toBe(true);
  }
  expectLogMatchesReceiver(setup);
});

test('reorder: charge.complete arrives before charge.create', async () => {
  setup = await withFaults([{ fault: 'reorder', keys: ['charge.create'] }]);
  const charge = await setup.createCharge();
  await setup.idle();
  expect(setup.api.sim.webhooks.status(setup.account)).toMatchObject({ held: 1, pending: 1 });
  await setup.pay(charge);
  await setup.idle();
  expect(setup.receivedKeys()).toEqual(['charge.complete', 'charge.create']);
  expect(setup.log()[1]?.faults).toEqual(['reorder']);
  expectLogMatchesReceiver(setup);
});

test('reorder: a held event goes when its hold runs out and nothing overtook it', async () => {
  setup = await withFaults([{ fault: 'reorder', seconds: 30 }]);
  await setup.createCharge();
  await setup.idle();
  expect(setup.api.sim.webhooks.status(setup.account).next_attempt_at).toBe('2024-03-01T10:00:30Z');
  await setup.api.advance(30);
  await setup.idle();
  expect(setup.log().map((attempt) => attempt.createdAt)).toEqual([at(30)]);
});

test('delay: the first attempt goes out later on the account clock, signed with the time it is sent', async () => {
  setup = await withFaults([{ fault: 'delay', seconds: 120 }]);
  await setup.createCharge();
  await setup.idle();
  expect(setup.receiver.received).toHaveLength(0);
  await setup.api.advance(120);
  await setup.idle();
  expect(setup.receiver.received[0]?.headers['omise-signature-timestamp']).toBe(String(REAL_NOW / 1000));
  expect(setup.log()[0]).toMatchObject({ createdAt: at(120), faults: ['delay'] });
});

test('drop_first: the first attempts never arrive, are logged as failures, and the retry gets through', async () => {
  setup = await withFaults([{ fault: 'drop_first', attempts: 2 }]);
  await setup.createCharge();
  await setup.idle();
  await setup.api.advance(360);
  await setup.idle();
  expect(setup.log().map((a) => [a.attempt, a.status, a.delivered, a.faults, a.createdAt])).toEqual([
    [1, null, false, ['dropped'], at(0)],
    [2, null, false, ['dropped'], at(60)],
    [3, 200, true, [], at(360)],
  ]);
  expect(setup.receiver.received).toHaveLength(1);
  expectLogMatchesReceiver(setup);
});

test('stale_payload: charge.complete carries the charge as it was at charge.create', async () => {
  setup = await withFaults([{ fault: 'stale_payload', keys: ['charge.complete'] }]);
  await setup.pay(await setup.createCharge());
  await setup.idle();
  const complete = JSON.parse(setup.receiver.received[1]?.body ?? '{}');
  expect(complete.key).toBe('charge.complete');
  expect(complete.data.status).toBe('pending');
  expect(setup.log()[1]?.faults).toEqual(['stale_payload']);
  expectLogMatchesReceiver(setup);
});

test('bad_signature: the first attempt is forged; a verifying merchant refuses it and gets the retry', async () => {
  setup = await withFaults([{ fault: 'bad_signature' }]);
  setup.receiver.answer((request) =>
    verifyOmiseSignature(request.body, request.headers, setup.secret, { now: REAL_NOW }) ? 200 : 401,
  );
  await setup.createCharge();
  await setup.idle();
  await setup.api.advance(60);
  await setup.idle();
  expect(setup.log().map((attempt) => [attempt.status, attempt.faults])).toEqual([
    [401, ['bad_signature']],
    [200, []],
  ]);
  expect(setup.receiver.received[0]?.headers['omise-signature']).toMatch(/^[0-9a-f]{64}$/);
  expectLogMatchesReceiver(setup);
});

test('old_timestamp: a correct signature over a timestamp ten minutes old', async () => {
  setup = await withFaults([{ fault: 'old_timestamp' }]);
  await setup.createCharge();
  await setup.idle();
  const request = setup.receiver.received[0];
  const stamp = String(request?.headers['omise-signature-timestamp']);
  expect(stamp).toBe(String(REAL_NOW / 1000 - 600));
  expect(request?.headers['omise-signature']).toBe(signPayload(request?.body ?? '', setup.secret, stamp));
  expect(
    verifyOmiseSignature(request?.body ?? '', request?.headers ?? {}, setup.secret, { now: REAL_NOW }),
  ).toBe(false);
});

test('hits only the matching charge, at most limit times, and counts what it did', async () => {
  setup = await setupWebhooks();
  const first = await setup.createCharge();
  await setup.api.send(
    'POST',
    '/_sim/webhook_faults',
    { fault: 'duplicate', charge: first, limit: 1 },
    { json: true },
  );
  await setup.pay(await setup.createCharge());
  await setup.pay(first);
  await setup.api.post(`/charges/${first}/refunds`, { amount: 1000 });
  await setup.idle();
  expect(
    setup
      .log()
      .filter((attempt) => attempt.kind === 'duplicate')
      .map((attempt) => attempt.key),
  ).toEqual(['charge.complete']);
  const faults = await setup.api.get('/_sim/webhook_faults');
  expect(faults.body.rules).toEqual([
    expect.objectContaining({ fault: 'duplicate', matched: 2, applied: 1 }),
  ]);
});

test('draws the same faults from the same seed, and others from another seed', async () => {
  const pattern = async (seed: number) => {
    setup = await withFaults([{ fault: 'duplicate', probability: 0.5 }], seed);
    for (let i = 0; i < 24; i++) await setup.createCharge();
    await setup.idle();
    const log = setup.log();
    const duplicated = new Set(
      log.filter((attempt) => attempt.kind === 'duplicate').map((attempt) => attempt.eventId),
    );
    const events = [...setup.api.sim.account(setup.account).store.events.keys()];
    await setup.close();
    return events.map((id) => duplicated.has(id));
  };
  const seven = await pattern(7);
  expect(await pattern(7)).toEqual(seven);
  expect(await pattern(8)).not.toEqual(seven);
  expect(seven.filter(Boolean).length).toBeGreaterThan(4);
  expect(seven.filter(Boolean).length).toBeLessThan(20);
});
