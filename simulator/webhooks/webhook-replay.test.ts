import { afterEach, expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { verifyOmiseSignature } from './signature/verify-omise-signature.js';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver.js';
import {
  expectLogMatchesReceiver,
  REAL_NOW,
  setupWebhooks,
  type WebhookSetup,
} from './testing/webhook-test-setup.js';

let setup: WebhookSetup;
const extraReceivers: WebhookReceiver[] = [];
afterEach(async () => {
  await setup?.close();
  await Promise.all(extraReceivers.splice(0).map((receiver) => receiver.close()));
});

test('replays an event to its endpoint now, with a fresh signature', async () => {
  setup = await setupWebhooks();
  await setup.createCharge();
  await setup.idle();
  await setup.api.advance(3600);
  const eventId = setup.log()[0]?.eventId;
  const replay = await setup.api.post(`/_sim/events/${eventId}/replay`);
  expect(replay.body).toEqual({ object: 'sim_replay', events: [eventId], deliveries: 1 });
  await setup.idle();
  const [original, again] = setup.receiver.received;
  expect(again?.body).toBe(original?.body);
  expect(again?.headers['omise-signature-timestamp']).toBe(String(REAL_NOW / 1000));
  expect(verifyOmiseSignature(again?.body ?? '', again?.headers ?? {}, setup.secret, { now: REAL_NOW })).toBe(
    true,
  );
  expect(setup.log().map((attempt) => attempt.kind)).toEqual(['event', 'replay']);
  expectLogMatchesReceiver(setup);
});

test('replays to another URL signed with the secret given', async () => {
  setup = await setupWebhooks();
  const staging = await startWebhookReceiver();
  extraReceivers.push(staging);
  await setup.createCharge();
  await setup.idle();
  const eventId = setup.log()[0]?.eventId;
  await setup.api.post(
    `/_sim/events/${eventId}/replay`,
    { url: staging.url, secret: 'c3RhZ2luZw==' },
    { json: true },
  );
  await setup.idle();
  const request = staging.received[0];
  expect(
    verifyOmiseSignature(request?.body ?? '', request?.headers ?? {}, 'c3RhZ2luZw==', { now: REAL_NOW }),
  ).toBe(true);
});

test('loses nothing: a receiver down for the whole schedule leaves every attempt, and a replay delivers', async () => {
  setup = await setupWebhooks({ retry_schedule: [60] });
  setup.receiver.answer(() => 503);
  await setup.createCharge();
  await setup.api.sim.webhooks.drain(setup.account);
  const failed = await setup.api.get('/_sim/deliveries', { delivered: false });
  expect(failed.body.total).toBe(2);
  expect(failed.body.data).toEqual([
    expect.objectContaining({ attempt: 1, status: 503, next_retry_at: '2024-03-01T10:01:00Z' }),
    expect.objectContaining({ attempt: 2, status: 503, next_retry_at: null }),
  ]);
  setup.receiver.answer(() => 200);
  const replay = await setup.api.post('/_sim/events/replay', { only_failed: true }, { json: true });
  expect(replay.body.deliveries).toBe(1);
  await setup.idle();
  expect(setup.log().map((attempt) => [attempt.kind, attempt.status])).toEqual([
    ['event', 503],
    ['event', 503],
    ['replay', 200],
  ]);
  expectLogMatchesReceiver(setup);
});

test('replays in bulk by time range and keys, in creation order', async () => {
  setup = await setupWebhooks();
  for (let hour = 0; hour < 3; hour++) {
    await setup.pay(await setup.createCharge());
    await setup.api.advance(3600);
  }
  await setup.idle();
  const range = { from: '2024-03-01T10:30:00Z', to: '2024-03-01T12:00:00Z', keys: ['charge.complete'] };
  const replay = await setup.api.post('/_sim/events/replay', range, { json: true });
  expect(replay.body.events).toHaveLength(2);
  await setup.idle();
  const replayed = setup.log().filter((attempt) => attempt.kind === 'replay');
  expect(replayed.map((attempt) => attempt.eventId)).toEqual(replay.body.events);
  expect(replayed.every((attempt) => attempt.key === 'charge.complete')).toBe(true);
});

test('refuses to replay an unknown event, or an event no endpoint receives without a url', async () => {
  setup = await setupWebhooks();
  const missing = await setup.api.post('/_sim/events/evnt_test_nope/replay');
  expect(missing.status).toBe(404);
  expect(missing.body).toMatchObject({
    code: 'not_found',
    message: messages.notFound('event', 'evnt_test_nope'),
  });
  await setup.api.send('PUT', '/_sim/webhooks', { endpoints: [] }, { json: true });
  await setup.createCharge();
  const eventId = [...setup.api.sim.account(setup.account).store.events.keys()][0];
  const nowhere = await setup.api.post(`/_sim/events/${eventId}/replay`);
  expect(nowhere.status).toBe(400);
  expect(nowhere.body).toMatchObject({ code: 'bad_request', message: messages.replayWithoutEndpoint });
  const badUrl = await setup.api.post(`/_sim/events/${eventId}/replay`, { url: 'ftp://x' });
  expect(badUrl.body).toMatchObject({ code: 'bad_request', message: messages.webhookUrlInvalid('url') });
  expect(setup.api.sim.webhooks.status(setup.account).pending).toBe(0);
});
