import { expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { createPendingCharge, testApi } from '../../test-support/test-api.js';

test('fails the next call with the injected status, changing nothing, then answers normally', async () => {
  const api = testApi();
  await api.post('/_sim/api_faults', { status: 500 }, { json: true });
  const failed = await api.post('/charges', {
    amount: 150000,
    currency: 'THB',
    source: { type: 'wechat_pay_upm', barcode: '1' },
  });
  expect(failed).toEqual({
    status: 500,
    body: {
      object: 'error',
      location: 'https://docs.omise.co/api/errors#internal-error',
      code: 'internal_error',
      message: messages.injectedFault,
    },
  });
  expect((await api.get('/charges')).body.total).toBe(0);
});

test('answers 429 too_many_requests for as many calls as asked, on matching paths only', async () => {
  const api = testApi();
  const charge = await createPendingCharge(api, 'wechat_pay_upm');
  await api.post(
    '/_sim/api_faults',
    { status: 429, count: 2, method: 'get', path: '/charges/' },
    { json: true },
  );
  expect((await api.get('/events')).status).toBe(200);
  expect((await api.get(`/charges/${charge.id}`)).body.code).toBe('too_many_requests');
  expect((await api.get(`/charges/${charge.id}`)).status).toBe(429);
  expect((await api.get(`/charges/${charge.id}`)).status).toBe(200);
});

test('answers late without failing when only a delay is asked', async () => {
  const api = testApi();
  await api.post('/_sim/api_faults', { delay_ms: 30 }, { json: true });
  const started = performance.now();
  expect((await api.get('/charges')).status).toBe(200);
  expect(performance.now() - started).toBeGreaterThanOrEqual(25);
});

test('lists and clears waiting faults, and never applies them to /_sim itself', async () => {
  const api = testApi();
  await api.post('/_sim/api_faults', { status: 503, count: 3 }, { json: true });
  const listed = await api.get('/_sim/api_faults');
  expect(listed.body).toMatchObject({ object: 'api_faults', data: [{ status: 503, remaining: 3 }] });
  await api.send('DELETE', '/_sim/api_faults');
  expect((await api.get('/charges')).status).toBe(200);
});

test.each([
  [{ status: 404 }, messages.apiFaultStatus],
  [{}, messages.apiFaultEmpty],
  [{ delay_ms: 60_000 }, messages.apiFaultDelay(30_000)],
  [{ status: 500, count: 0 }, messages.invalidField('count')],
  [{ status: 500, method: 'GET\r\nX: y' }, messages.invalidField('method')],
  [{ status: 500, method: '' }, messages.invalidField('method')],
])('refuses %o', async (params, message) => {
  const api = testApi();
  expect(await api.post('/_sim/api_faults', params, { json: true })).toMatchObject({
    status: 400,
    body: { code: 'bad_request', message },
  });
  expect((await api.get('/_sim/api_faults')).body.data).toEqual([]);
});

// A thousand requests in process: a generous timeout, so that a busy machine never fails it.
test(
  'holds at most 1000 waiting faults per account, and refuses the next one changing nothing',
  { timeout: 60_000 },
  async () => {
    const api = testApi();
    for (let i = 0; i < 1000; i++)
      await api.post('/_sim/api_faults', { status: 500, path: `/x${i}` }, { json: true });
    const before = (await api.get('/_sim/api_faults')).body;
    expect(await api.post('/_sim/api_faults', { status: 500 }, { json: true })).toMatchObject({
      status: 400,
      body: { object: 'error', code: 'bad_request', message: messages.tooManyApiFaults(1000) },
    });
    expect((await api.get('/_sim/api_faults')).body).toEqual(before);
    await api.send('DELETE', '/_sim/api_faults');
    expect((await api.post('/_sim/api_faults', { status: 500 }, { json: true })).status).toBe(200);
  },
);

test('lets requests of omise-sim’s own tooling pass, so a harness can inject faults for the merchant alone', async () => {
  const api = testApi();
  await api.post('/_sim/api_faults', { status: 500 }, { json: true });
  expect((await api.get('/charges', {}, { headers: { 'omise-sim-tooling': 'scenarios' } })).status).toBe(200);
  expect((await api.get('/charges')).status).toBe(500);
});

test('uses up one fault per request, whichever middlewares its path matches', async () => {
  const api = testApi();
  const charge = await createPendingCharge(api, 'wechat_pay_upm');
  await api.post('/_sim/api_faults', { delay_ms: 1, count: 3 }, { json: true });
  const remaining = async () =>
    ((await api.get('/_sim/api_faults')).body.data as Array<{ remaining: number }>)[0]?.remaining;
  expect((await api.get('/charges')).status).toBe(200);
  expect(await remaining()).toBe(2);
  expect((await api.get(`/charges/${charge.id}/refunds`)).status).toBe(200);
  expect(await remaining()).toBe(1);
});
