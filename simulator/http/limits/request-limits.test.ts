import { afterEach, expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { accountSnapshot } from '../../test-support/account-snapshot.js';
import { type Body, chargeParams, createPendingCharge, testApi } from '../../test-support/test-api.js';

// Each case is one of the requests that answered 500 (or broke the process) before the limits existed:
// now each is an Omise error that changes nothing, and the account keeps answering.

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('x');
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('limit');
});

async function rawRequest(
  api: ReturnType<typeof testApi>,
  path: string,
  contentType: string,
  body: string,
  key: string | null,
): Promise<{ status: number; body: Body }> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (key) headers.authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  const response = await api.sim.request(path, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Body };
}

async function expectRefused(
  send: (api: ReturnType<typeof testApi>) => Promise<{ status: number; body: Body }>,
  expected: { status: number; code: string; message?: string },
): Promise<void> {
  const api = testApi('shop');
  api.freezeAt('2024-09-10T03:57:17Z');
  await createPendingCharge(api, 'wechat_pay_mpm');
  const before = accountSnapshot(api.sim, 'shop');
  const response = await send(api);
  expect(response.status).toBe(expected.status);
  expect(response.body).toMatchObject({ object: 'error', code: expected.code });
  if (expected.message) expect(response.body.message).toBe(expected.message);
  expect(accountSnapshot(api.sim, 'shop')).toBe(before);
  expect((await api.get('/charges')).body).toMatchObject({ object: 'list', total: 1 });
  expect((await api.post('/charges', chargeParams('wechat_pay_mpm', 150000))).status).toBe(200);
}

test('an unauthenticated GET /_sim?__proto__[x]=1 leaves Object.prototype alone', async () => {
  const api = testApi('shop');
  expect((await api.get('/_sim?__proto__[x]=1&__proto__[limit]=0', {}, { key: null })).status).toBe(200);
  expect((await api.post('/charges', chargeParams('wechat_pay_mpm', 150000))).status).toBe(200);
  expect((await api.get('/charges')).body).toMatchObject({ total: 1, limit: 20 });
});

test('a form body with __proto__ keys keeps them as data', async () => {
  const api = testApi('shop');
  const body = 'amount=150000&currency=THB&source[type]=wechat_pay_mpm&metadata[__proto__][limit]=1';
  const response = await rawRequest(
    api,
    '/charges',
    'application/x-www-form-urlencoded',
    body,
    'skey_test_shop',
  );
  expect(response.body.metadata).toEqual(JSON.parse('{"__proto__":{"limit":"1"}}'));
  expect(Object.keys(response.body.metadata as Body)).toEqual(['__proto__']);
  expect((await api.get('/charges')).body).toMatchObject({ total: 1, limit: 20 });
});

test('JSON __proto__ keys stay data wherever metadata is copied: charge, update, events, webhooks', async () => {
  const api = testApi('shop', { webhookFetch: async () => new Response('ok') });
  await api.send('PUT', '/_sim/webhooks', { url: 'http://127.0.0.1:9/hooks' }, { json: true });
  const metadata = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
  const body = `{"amount":150000,"currency":"THB","source":{"type":"wechat_pay_mpm"},"metadata":${metadata}}`;
  const created = await rawRequest(api, '/charges', 'application/json', body, 'skey_test_shop');
  expect(created.status).toBe(200);
  expect(JSON.stringify(created.body.metadata)).toBe(metadata);
  const id = created.body.id as string;
  const update = await api.sim.request(`/charges/${id}`, {
    method: 'PATCH',
    headers: {
      authorization: `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`,
      'content-type': 'application/json',
    },
    body: `{"metadata":${metadata}}`,
  });
  expect(JSON.stringify(((await update.json()) as Body).metadata)).toBe(metadata);
  await api.sim.webhooks.idle('shop');
  const events = (await api.get('/events')).body.data as Body[];
  expect(events.map((event) => JSON.stringify((event.data as Body).metadata))).toEqual([metadata, metadata]);
  expect(
    api.sim.webhooks.deliveries('shop').every((attempt) => attempt.payload.includes('"__proto__"')),
  ).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('a clock advance past the date range ({"days":1e8}) is refused', () =>
  expectRefused((api) => api.post('/_sim/clock/advance', { days: 1e8 }, { json: true }), {
    status: 400,
    code: 'bad_request',
    message: messages.clockOutOfRange('1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z'),
  }));

test('a clock set past the date range is refused', () =>
  expectRefused((api) => api.post('/_sim/clock/set', { to: 1e14 }, { json: true }), {
    status: 400,
    code: 'bad_request',
  }));

test('a clock set to a day the month does not have is refused (JavaScript would take 1 March)', () =>
  expectRefused((api) => api.post('/_sim/clock/set', { to: '2024-02-30T10:00:00Z' }, { json: true }), {
    status: 400,
    code: 'bad_request',
  }));

test('a leap day is a day, also where its offset makes it 1 March in UTC', async () => {
  const api = testApi('shop');
  const set = await api.post('/_sim/clock/set', { to: '2024-02-29T23:00:00-05:00' }, { json: true });
  expect(set.status).toBe(200);
  expect((await api.get('/_sim/clock')).body).toMatchObject({ now: '2024-03-01T04:00:00Z' });
});

test('a list from a day the month does not have is refused', () =>
  expectRefused((api) => api.get('/charges?from=2023-02-29T00:00:00Z'), {
    status: 400,
    code: 'bad_request',
  }));

test('metadata nested 5,000 deep is refused', () => {
  const metadata = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
  const body = `{"amount":150000,"currency":"THB","source":{"type":"wechat_pay_mpm"},"metadata":${metadata}}`;
  return expectRefused((api) => rawRequest(api, '/charges', 'application/json', body, 'skey_test_shop'), {
    status: 400,
    code: 'bad_request',
    message: messages.paramsTooDeep(32),
  });
});

test('metadata larger than the metadata limit is refused', () => {
  const metadata = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'x'.repeat(9000)]));
  return expectRefused(
    (api) => api.post('/charges', { ...chargeParams('wechat_pay_mpm', 150000), metadata }, { json: true }),
    { status: 400, code: 'invalid_charge', message: messages.metadataTooLarge(65536) },
  );
});

test('a retry schedule of [1e300] is refused', () =>
  expectRefused((api) => api.send('PUT', '/_sim/webhooks', { retry_schedule: [1e300] }, { json: true }), {
    status: 400,
    code: 'bad_request',
  }));

test.each([
  '/charges',
  '/events',
  '/refunds',
  '/sources',
  '/_sim/deliveries',
])('list dates past the date range are refused on %s', async (path) => {
  await expectRefused((api) => api.get(path, { from: '99999999999999999' }), {
    status: 400,
    code: 'bad_request',
    message: messages.invalidField('from'),
  });
  await expectRefused((api) => api.get(path, { to: 1e300 }), { status: 400, code: 'bad_request' });
});

test('form keys nested 8,000 deep are refused, and without a key never even read', async () => {
  const deep = `a${'[b]'.repeat(8000)}=1`;
  const form = 'application/x-www-form-urlencoded';
  await expectRefused((api) => rawRequest(api, '/charges', form, deep, 'skey_test_shop'), {
    status: 400,
    code: 'bad_request',
    message: messages.keyTooLong(1024),
  });
  await expectRefused((api) => rawRequest(api, '/charges', form, deep, null), {
    status: 401,
    code: 'authentication_failure',
  });
});

test('a charge with 2,000 webhook_endpoints is refused', () => {
  const webhook_endpoints = Array.from({ length: 2000 }, (_, i) => `https://shop.example/hooks/${i}`);
  return expectRefused(
    (api) =>
      api.post('/charges', { ...chargeParams('wechat_pay_mpm', 150000), webhook_endpoints }, { json: true }),
    { status: 400, code: 'invalid_charge', message: messages.tooManyWebhookEndpoints(20) },
  );
});

test('a 5 MB description is refused with a 413 before the body is read', () =>
  expectRefused(
    (api) =>
      api.post('/charges', { ...chargeParams('wechat_pay_mpm', 150000), description: 'x'.repeat(5_000_000) }),
    { status: 413, code: 'request_entity_too_large', message: messages.bodyTooLarge(1048576) },
  ));

test('a description longer than the string limit is refused', () =>
  expectRefused(
    (api) =>
      api.post('/charges', { ...chargeParams('wechat_pay_mpm', 150000), description: 'x'.repeat(10_001) }),
    { status: 400, code: 'bad_request', message: messages.stringTooLong(10_000) },
  ));

test('limits are configurable per simulator', async () => {
  const api = testApi('shop', { limits: { maxStringLength: 20_000, maxWebhookEndpoints: 3 } });
  const long = { ...chargeParams('wechat_pay_mpm', 150000), description: 'x'.repeat(15_000) };
  expect((await api.post('/charges', long)).status).toBe(200);
  const hooks = ['https://a.test', 'https://b.test', 'https://c.test', 'https://d.test'];
  const many = { ...chargeParams('wechat_pay_mpm', 150000), webhook_endpoints: hooks };
  expect((await api.post('/charges', many)).body).toMatchObject({
    message: messages.tooManyWebhookEndpoints(3),
  });
  expect(() => testApi('shop', { limits: { maxDepth: 0 } })).toThrow(/maxDepth/);
});

test('a refused inline charge draws no ids: a seeded simulator makes the same ids as if it never came', async () => {
  const refused = testApi('shop');
  const clean = testApi('shop');
  for (const api of [refused, clean]) api.freezeAt('2024-09-10T03:57:17Z');
  const noReturnUri = {
    amount: 150000,
    currency: 'THB',
    source: { type: 'truemoney', phone_number: '0812345678' },
  };
  expect((await refused.post('/charges', noReturnUri)).body).toMatchObject({ code: 'invalid_charge' });
  const [a, b] = [
    await createPendingCharge(refused, 'truemoney'),
    await createPendingCharge(clean, 'truemoney'),
  ];
  expect(a.id).toBe(b.id);
  expect((a.source as Body).id).toBe((b.source as Body).id);
});
