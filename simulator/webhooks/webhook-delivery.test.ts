import { afterEach, expect, test } from 'vitest';
import { chargeParams, testApi } from '../test-support/test-api.js';
import { signatureHeaders } from './signature/signature-headers.js';
import { verifyOmiseSignature } from './signature/verify-omise-signature.js';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver.js';
import {
  expectLogMatchesReceiver,
  REAL_NOW,
  START,
  setupWebhooks,
  type WebhookSetup,
} from './testing/webhook-test-setup.js';

let setup: WebhookSetup;
const extraReceivers: WebhookReceiver[] = [];
afterEach(async () => {
  await setup?.close();
  await Promise.all(extraReceivers.splice(0).map((receiver) => receiver.close()));
});

async function anotherReceiver(): Promise<WebhookReceiver> {
  const receiver = await startWebhookReceiver();
  extraReceivers.push(receiver);
  return receiver;
}

test('posts every event as a signed Omise event object', async () => {
  setup = await setupWebhooks();
  const charge = await setup.createCharge();
  await setup.pay(charge);
  await setup.idle();
  const [created, completed] = setup.receiver.received;
  expect(setup.receivedKeys()).toEqual(['charge.create', 'charge.complete']);
  const event = JSON.parse(completed?.body ?? '{}');
  expect(event).toMatchObject({
    object: 'event',
    key: 'charge.complete',
    webhook_deliveries: [],
    created_at: START,
  });
  expect(event.id).toMatch(/^evnt_test_/);
  expect(event.data).toMatchObject({ object: 'charge', id: charge, status: 'successful', currency: 'THB' });
  expect(created?.headers['content-type']).toBe('application/json');
  expect(created?.headers['omise-signature-timestamp']).toBe(String(REAL_NOW / 1000));
  for (const request of setup.receiver.received) {
    expect(verifyOmiseSignature(request.body, request.headers, setup.secret, { now: REAL_NOW })).toBe(true);
  }
  expectLogMatchesReceiver(setup);
});

test('sends the body as Omise lays it out, so re-serializing it breaks the signature', async () => {
  setup = await setupWebhooks();
  await setup.createCharge();
  await setup.idle();
  const request = setup.receiver.received[0];
  expect(request?.body).toMatch(/^\{\n {2}"object": "event",\n/);
  expect(request?.body).toContain('"webhook_deliveries": [\n\n  ],');
  const reserialized = JSON.stringify(JSON.parse(request?.body ?? ''));
  expect(verifyOmiseSignature(reserialized, request?.headers ?? {}, setup.secret, { now: REAL_NOW })).toBe(
    false,
  );
});

test("renders the payload at the account's API version when the event happened", async () => {
  setup = await setupWebhooks();
  await setup.api.patch('/_sim/account', { api_version: '2017-11-02' });
  const charge = await setup.createCharge();
  await setup.api.patch('/_sim/account', { api_version: '2019-05-29' });
  await setup.pay(charge);
  await setup.idle();
  const [created, completed] = setup.receiver.received.map((request) => JSON.parse(request.body));
  expect(created).toHaveProperty('created');
  expect(created.data.currency).toBe('thb');
  expect(completed).toHaveProperty('created_at');
});

test("sends a charge's events to its own webhook_endpoints instead of the account's", async () => {
  setup = await setupWebhooks();
  const own = await anotherReceiver();
  await setup.createCharge({ webhook_endpoints: [own.url] });
  await setup.idle();
  expect(own.received).toHaveLength(1);
  expect(setup.receiver.received).toHaveLength(0);
  expect(
    verifyOmiseSignature(own.received[0]?.body ?? '', own.received[0]?.headers ?? {}, setup.secret, {
      now: REAL_NOW,
    }),
  ).toBe(true);
});

test('sends each endpoint only the keys it asked for', async () => {
  setup = await setupWebhooks();
  const completions = await anotherReceiver();
  const endpoints = [{ url: setup.receiver.url }, { url: completions.url, keys: ['charge.complete'] }];
  await setup.api.send('PUT', '/_sim/webhooks', { endpoints }, { json: true });
  await setup.pay(await setup.createCharge());
  await setup.idle();
  expect(setup.receivedKeys()).toEqual(['charge.create', 'charge.complete']);
  expect(completions.received.map((request) => JSON.parse(request.body).key)).toEqual(['charge.complete']);
});

test('signs with the endpoint secret when it has one, and with both secrets during a rotation', async () => {
  setup = await setupWebhooks({ secret: 'bmV3IHNlY3JldA==', previous_secret: 'b2xkIHNlY3JldA==' });
  const own = await anotherReceiver();
  const endpoints = [{ url: setup.receiver.url }, { url: own.url, secret: 'b3duIHNlY3JldA==' }];
  await setup.api.send('PATCH', '/_sim/webhooks', { endpoints }, { json: true });
  await setup.createCharge();
  await setup.idle();
  const request = setup.receiver.received[0];
  const expected = signatureHeaders(
    request?.body ?? '',
    ['bmV3IHNlY3JldA==', 'b2xkIHNlY3JldA=='],
    REAL_NOW / 1000,
  );
  expect(request?.headers['omise-signature']).toBe(expected['Omise-Signature']);
  expect(String(request?.headers['omise-signature']).split(',')).toHaveLength(2);
  for (const secret of ['bmV3IHNlY3JldA==', 'b2xkIHNlY3JldA==']) {
    expect(verifyOmiseSignature(request?.body ?? '', request?.headers ?? {}, secret, { now: REAL_NOW })).toBe(
      true,
    );
  }
  const mine = own.received[0];
  expect(
    verifyOmiseSignature(mine?.body ?? '', mine?.headers ?? {}, 'b3duIHNlY3JldA==', { now: REAL_NOW }),
  ).toBe(true);
});

test('lists every attempt in webhook_deliveries of GET /events/:id', async () => {
  setup = await setupWebhooks();
  setup.receiver.answer((_, index) => (index === 0 ? 503 : 200));
  await setup.createCharge();
  await setup.idle();
  await setup.api.advance(60);
  await setup.idle();
  const [first, second] = setup.log();
  const event = await setup.api.get(`/events/${first?.eventId}`);
  expect(event.body.webhook_deliveries).toEqual([
    {
      object: 'webhook_delivery',
      id: first?.id,
      uri: setup.receiver.url,
      status: 503,
      key: 'charge.create',
      error: null,
      payload: setup.receiver.received[0]?.body,
      created_at: '2024-03-01 10:00:00 UTC',
    },
    expect.objectContaining({ id: second?.id, status: 200, created_at: '2024-03-01 10:01:00 UTC' }),
  ]);
});

test("keeps a charge's events in creation order with ordering per_charge: the next waits for the previous", async () => {
  setup = await setupWebhooks({ ordering: 'per_charge' });
  setup.receiver.answer((_, index) => (index === 0 ? 500 : 200));
  await setup.pay(await setup.createCharge());
  await setup.idle();
  expect(setup.receivedKeys()).toEqual(['charge.create']);
  expect(setup.api.sim.webhooks.status(setup.account)).toMatchObject({ scheduled: 1, queued: 1, pending: 2 });
  await setup.api.advance(60);
  await setup.idle();
  expect(setup.receivedKeys()).toEqual(['charge.create', 'charge.create', 'charge.complete']);
  expectLogMatchesReceiver(setup);
});

test('lets later events overtake a failing one by default (ordering none)', async () => {
  setup = await setupWebhooks();
  setup.receiver.answer((_, index) => (index === 0 ? 500 : 200));
  await setup.pay(await setup.createCharge());
  await setup.idle();
  await setup.api.advance(60);
  await setup.idle();
  expect(setup.receivedKeys()).toEqual(['charge.create', 'charge.complete', 'charge.create']);
});

test('delivers a burst of 1000 events in full, never more than 32 requests at once', async () => {
  setup = await setupWebhooks();
  setup.receiver.answer(() => ({ status: 200, delayMs: 2 }));
  for (let i = 0; i < 1000; i++) await setup.createCharge();
  await setup.idle();
  expect(setup.receiver.received).toHaveLength(1000);
  expect(setup.receiver.maxOpen).toBeLessThanOrEqual(32);
  expect(setup.api.sim.webhooks.status(setup.account)).toMatchObject({
    delivered: 1000,
    pending: 0,
    attempts: 1000,
  });
  expectLogMatchesReceiver(setup);
}, 120_000);

const ANSWER_MS = 30_000;

test('closing the simulator cancels the requests in flight', async () => {
  setup = await setupWebhooks();
  let arrived = () => {};
  const arrival = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  setup.receiver.answer(() => {
    arrived();
    return { status: 200, delayMs: ANSWER_MS };
  });
  await setup.createCharge();
  await arrival;
  // Closing must not wait for the receiver's answer, however slow or fast the machine is.
  let answerDue: NodeJS.Timeout | undefined;
  const answered = new Promise<string>((resolve) => {
    answerDue = setTimeout(() => resolve('answered'), ANSWER_MS);
  });
  expect(await Promise.race([setup.api.sim.close().then(() => 'closed'), answered])).toBe('closed');
  clearTimeout(answerDue);
  expect(setup.log()).toEqual([]);
});

test('sends through webhookFetch, e.g. to an in-process handler, and still times out', async () => {
  const seen: string[] = [];
  const handler = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(JSON.parse(await request.text()).key);
    return seen.length === 1 ? new Promise<Response>(() => {}) : new Response(null, { status: 204 });
  }) as typeof fetch;
  const api = testApi('inproc', { webhookFetch: handler });
  api.freezeAt(START);
  await api.send(
    'PUT',
    '/_sim/webhooks',
    { url: 'http://merchant.invalid/hooks', timeout_seconds: 0.1 },
    { json: true },
  );
  await api.post('/charges', chargeParams('wechat_pay_upm', 150000));
  await api.sim.webhooks.idle('inproc');
  await api.advance(60);
  await api.sim.webhooks.idle('inproc');
  expect(api.sim.webhooks.deliveries('inproc').map((a) => [a.status, a.error])).toEqual([
    [null, 'timeout: no complete answer within 0.1 s'],
    [204, null],
  ]);
  api.sim.webhooks.transport((async () => new Response('nope', { status: 500 })) as typeof fetch);
  await api.post('/charges', chargeParams('wechat_pay_upm', 150000));
  await api.sim.webhooks.idle('inproc');
  expect(api.sim.webhooks.deliveries('inproc').at(-1)).toMatchObject({ status: 500, responseBody: 'nope' });
  await api.sim.close();
});

test('forgets deliveries and endpoints when the account is reset, by the API or in-process', async () => {
  setup = await setupWebhooks({ retry_schedule: [60] });
  setup.receiver.answer(() => 500);
  await setup.createCharge();
  await setup.idle();
  expect(setup.api.sim.webhooks.status(setup.account).pending).toBe(1);
  setup.api.sim.account(setup.account).reset();
  expect(setup.api.sim.webhooks.status(setup.account)).toMatchObject({ pending: 0, attempts: 0 });
  expect(setup.api.sim.webhooks.settings(setup.account).endpoints).toEqual([]);
  expect(setup.api.sim.webhooks.settings(setup.account).secret).toBe(setup.secret);
});
