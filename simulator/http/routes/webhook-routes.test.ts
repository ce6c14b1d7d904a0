import { expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { testApi } from '../../test-support/test-api.js';
import { FAULT_NAMES } from '../../webhooks/faults/fault-config.js';
import { DEFAULT_RETRY_SCHEDULE } from '../../webhooks/settings/retry-schedule.js';

test('shows the account settings with a generated base64 secret and the default schedule', async () => {
  const api = testApi();
  const { status, body } = await api.get('/_sim/webhooks');
  expect(status).toBe(200);
  expect(body).toMatchObject({
    object: 'sim_webhooks',
    account: 'test',
    endpoints: [],
    previous_secret: null,
    retry_schedule: DEFAULT_RETRY_SCHEDULE,
    timeout_seconds: 10,
    ordering: 'none',
  });
  expect(Buffer.from(body.secret as string, 'base64')).toHaveLength(32);
});

test('sets endpoints with PUT, changes fields with PATCH, goes back to the start with DELETE', async () => {
  const api = testApi();
  const { body: start } = await api.get('/_sim/webhooks');
  const put = await api.send(
    'PUT',
    '/_sim/webhooks',
    { url: 'http://127.0.0.1:9/a', keys: ['charge.complete'], timeout_seconds: 2 },
    { json: true },
  );
  expect(put.body).toMatchObject({
    endpoints: [{ url: 'http://127.0.0.1:9/a', keys: ['charge.complete'], secret: null }],
    timeout_seconds: 2,
  });
  const patch = await api.patch('/_sim/webhooks', { retry_schedule: ['5', '10'], secret: 'c2VjcmV0' });
  expect(patch.body).toMatchObject({
    endpoints: [{ url: 'http://127.0.0.1:9/a' }],
    retry_schedule: [5, 10],
    timeout_seconds: 2,
    secret: 'c2VjcmV0',
  });
  const reput = await api.send('PUT', '/_sim/webhooks', { url: 'http://127.0.0.1:9/b' }, { json: true });
  expect(reput.body).toMatchObject({
    retry_schedule: DEFAULT_RETRY_SCHEDULE,
    timeout_seconds: 10,
    secret: 'c2VjcmV0',
  });
  const deleted = await api.send('DELETE', '/_sim/webhooks');
  expect(deleted.body).toMatchObject({ endpoints: [], secret: 'c2VjcmV0' });
  expect(start.secret).not.toBe('c2VjcmV0');
});

test('takes the CLI defaults as every account starts, and again after a reset', async () => {
  const api = testApi('shop', { webhooks: { url: 'http://127.0.0.1:9/hooks', secret: 'c2VjcmV0' } });
  const expected = {
    endpoints: [{ url: 'http://127.0.0.1:9/hooks', keys: null, secret: null }],
    secret: 'c2VjcmV0',
  };
  expect((await api.get('/_sim/webhooks')).body).toMatchObject(expected);
  await api.send('PUT', '/_sim/webhooks', { endpoints: [] }, { json: true });
  await api.post('/_sim/reset');
  expect((await api.get('/_sim/webhooks')).body).toMatchObject(expected);
});

const badSettings: [string, Record<string, unknown>, string][] = [
  ['a URL that is not http', { url: 'ftp://example.com' }, messages.webhookUrlInvalid('url')],
  ['a URL with CR/LF in it', { url: 'http://x.test/\r\nX-Injected: 1' }, messages.webhookUrlInvalid('url')],
  [
    'a secret that is not base64',
    { url: 'http://x.test', secret: 'not base64!' },
    messages.webhookSecretInvalid('secret'),
  ],
  [
    'an event key that is not one',
    { url: 'http://x.test', keys: ['Charge Complete'] },
    messages.eventKeysInvalid('keys'),
  ],
  ['a negative retry', { retry_schedule: [60, -1] }, messages.retryScheduleInvalid(100, 2592000)],
  ['a retry past 30 days', { retry_schedule: [1e300] }, messages.retryScheduleInvalid(100, 2592000)],
  [
    'a timeout out of range',
    { timeout_seconds: 600 },
    messages.numberOutOfRange('timeout_seconds', 0.001, 60),
  ],
  ['an unknown ordering', { ordering: 'random' }, messages.oneOf('ordering', ['per_charge', 'none'])],
  ['an unknown field', { urls: ['http://x.test'] }, messages.unknownParameter('urls')],
  ['both url and endpoints', { url: 'http://x.test', endpoints: [] }, messages.urlAndEndpoints],
  [
    'an endpoint without url',
    { endpoints: [{ keys: ['charge.create'] }] },
    messages.cannotBeBlank('endpoints[0].url'),
  ],
];

test.each(badSettings)('refuses %s with 400 bad_request and changes nothing', async (_, params, message) => {
  const api = testApi();
  const before = (await api.get('/_sim/webhooks')).body;
  const response = await api.send('PUT', '/_sim/webhooks', params, { json: true });
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ object: 'error', code: 'bad_request', message });
  expect((await api.get('/_sim/webhooks')).body).toEqual(before);
});

test('needs the secret key', async () => {
  const api = testApi();
  expect((await api.get('/_sim/webhooks', {}, { key: null })).status).toBe(401);
  expect((await api.get('/_sim/deliveries', {}, { key: 'pkey_test_test' })).status).toBe(401);
  expect((await api.get('/_sim/webhook_faults', {}, { key: 'skey_live_x' })).body.code).toBe(
    'authentication_failure',
  );
});

test('reports status, and waits for idle with a bounded timeout', async () => {
  const api = testApi();
  const status = await api.get('/_sim/webhooks/status');
  expect(status.body).toMatchObject({
    object: 'sim_webhook_status',
    idle: true,
    pending: 0,
    next_attempt_at: null,
  });
  expect((await api.post('/_sim/webhooks/wait', { timeout_seconds: 1 })).body).toMatchObject({ idle: true });
  expect((await api.post('/_sim/webhooks/wait', { timeout_seconds: 61 })).body).toMatchObject({
    code: 'bad_request',
    message: messages.numberOutOfRange('timeout_seconds', 0, 60),
  });
});

const badFaults: [string, Record<string, unknown>, string][] = [
  ['an unknown fault', { rules: [{ fault: 'explode' }] }, messages.faultUnknown(FAULT_NAMES)],
  [
    'a probability above 1',
    { rules: [{ fault: 'duplicate', probability: 2 }] },
    messages.numberOutOfRange('rules[0].probability', 0, 1),
  ],
  [
    'an unknown rule field',
    { rules: [{ fault: 'delay', secs: 3 }] },
    messages.unknownParameter('rules[0].secs'),
  ],
  [
    'too many copies',
    { rules: [{ fault: 'duplicate', copies: 11 }] },
    messages.numberOutOfRange('rules[0].copies', 1, 10),
  ],
  ['a negative seed', { seed: -1, rules: [] }, messages.numberOutOfRange('seed', 0, 2 ** 32 - 1)],
  [
    'a field the fault does not take',
    { rules: [{ fault: 'duplicate', seconds: 5 }] },
    messages.unknownParameter('rules[0].seconds'),
  ],
];

test.each(badFaults)('refuses faults with %s, and keeps the rules it had', async (_, params, message) => {
  const api = testApi();
  await api.send('PUT', '/_sim/webhook_faults', { seed: 3, rules: [{ fault: 'reorder' }] }, { json: true });
  const response = await api.send('PUT', '/_sim/webhook_faults', params, { json: true });
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ code: 'bad_request', message });
  expect((await api.get('/_sim/webhook_faults')).body).toMatchObject({
    seed: 3,
    rules: [{ fault: 'reorder', seconds: 60 }],
  });
});

test('adds fault rules one by one, from form bodies too, and clears them', async () => {
  const api = testApi();
  await api.post('/_sim/webhook_faults', {
    fault: 'old_timestamp',
    seconds: '301',
    keys: ['charge.complete'],
  });
  const added = await api.post('/_sim/webhook_faults', { fault: 'drop_first', attempts: 3 }, { json: true });
  expect(added.body.rules).toEqual([
    expect.objectContaining({
      fault: 'old_timestamp',
      seconds: 301,
      attempts: 1,
      keys: ['charge.complete'],
      probability: 1,
    }),
    expect.objectContaining({ fault: 'drop_first', attempts: 3, limit: null }),
  ]);
  expect((await api.send('DELETE', '/_sim/webhook_faults')).body).toMatchObject({ seed: 0, rules: [] });
});

test('lists deliveries with Omise list parameters and refuses bad ones', async () => {
  const api = testApi();
  const list = await api.get('/_sim/deliveries', { limit: 5 });
  expect(list.body).toMatchObject({
    object: 'list',
    data: [],
    limit: 5,
    total: 0,
    location: '/_sim/deliveries',
  });
  expect((await api.get('/_sim/deliveries', { delivered: 'maybe' })).body).toMatchObject({
    code: 'bad_request',
  });
  expect((await api.get('/_sim/deliveries/export', { from: 'yesterday' })).status).toBe(400);
});
