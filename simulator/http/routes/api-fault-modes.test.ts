import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSimulator, type RunningServer } from '../../create-simulator.js';
import { messages } from '../../errors/messages.js';
import { createPendingCharge, testApi } from '../../test-support/test-api.js';

const UPM = { amount: 150000, currency: 'THB', source: { type: 'wechat_pay_upm', barcode: '1' } };

test.each([
  500, 502, 503,
])('mode lost applies the charge, then answers %i as an Omise error', async (status) => {
  const api = testApi();
  await api.post('/_sim/api_faults', { mode: 'lost', status, operation: 'create_charge' }, { json: true });
  const answer = await api.post('/charges', UPM, { json: true });
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({ object: 'error', message: messages.injectedFault });
  expect((await api.get('/charges')).body.total).toBe(1);
});

test('mode lost without a status resets the connection: in-process fetch rejects as on a network error', async () => {
  const api = testApi();
  await api.post('/_sim/api_faults', { mode: 'lost', operation: 'create_charge' }, { json: true });
  const request = new Request('http://sim/charges', {
    method: 'POST',
    headers: { authorization: `Basic ${btoa('skey_test_test:')}`, 'content-type': 'application/json' },
    body: JSON.stringify(UPM),
  });
  await expect(api.sim.fetch(request)).rejects.toMatchObject({
    message: 'fetch failed',
    cause: { code: 'ECONNRESET' },
  });
  expect((await api.get('/charges')).body.total).toBe(1);
});

test('mode late applies the refund at once and answers it late, marked with its mode', async () => {
  const api = testApi();
  const charge = await createPendingCharge(api, 'wechat_pay_upm');
  await api.post(`/charges/${charge.id}/mark_as_paid`);
  await api.post(
    '/_sim/api_faults',
    { mode: 'late', delay_ms: 40, operation: 'create_refund' },
    { json: true },
  );
  const request = api.sim.request(`/charges/${charge.id}/refunds`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa('skey_test_test:')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ amount: 100 }),
  });
  // The refund is there before its answer comes.
  await expect.poll(async () => (await api.get('/refunds')).body.total).toBe(1);
  const response = await request;
  expect(response.status).toBe(200);
  expect(response.headers.get('omise-sim-fault')).toBe('late');
});

test('mode held cuts the client off and lands the source when the account clock passes its time', async () => {
  const api = testApi();
  api.freezeAt('2025-01-15T03:00:00Z');
  await api.post(
    '/_sim/api_faults',
    { mode: 'held', status: 503, land_after_seconds: 30, operation: 'create_source' },
    { json: true },
  );
  const cut = await api.post('/sources', { type: 'wechat_pay_mpm', amount: 2000, currency: 'THB' });
  expect(cut).toMatchObject({ status: 503, body: { code: 'service_unavailable' } });
  expect((await api.get('/sources')).body.total).toBe(0);
  expect((await api.get('/_sim/api_faults')).body.held).toEqual([
    expect.objectContaining({ path: '/sources', lands_at: '2025-01-15T03:00:30Z', landed: null }),
  ]);
  await api.advance(30);
  const sources = (await api.get('/sources')).body.data as Array<{ id: string }>;
  expect(sources).toHaveLength(1);
  expect((await api.get('/_sim/api_faults')).body.held).toEqual([
    expect.objectContaining({ landed: { status: 200, object_id: sources[0]?.id } }),
  ]);
});

test('operation create_refund hits refunds of any charge, and not charge creation or retrieval', async () => {
  const api = testApi();
  await api.post('/_sim/api_faults', { status: 500, operation: 'create_refund' }, { json: true });
  const charge = await createPendingCharge(api, 'wechat_pay_upm');
  expect((await api.get(`/charges/${charge.id}`)).status).toBe(200);
  await api.post(`/charges/${charge.id}/mark_as_paid`);
  expect((await api.post(`/charges/${charge.id}/refunds`, { amount: 100 })).status).toBe(500);
  expect((await api.get('/refunds')).body.total).toBe(0);
});

test.each([
  [{ mode: 'sideways', status: 500 }, messages.apiFaultMode],
  [{ mode: 'lost', status: 429 }, messages.apiFaultStatus],
  [{ status: 502 }, messages.apiFaultStatus],
  [{ mode: 'late' }, messages.apiFaultLate],
  [{ mode: 'held', land_after_seconds: 0 }, messages.apiFaultLand(30 * 86400)],
  [{ mode: 'lost', land_after_seconds: 5 }, messages.apiFaultModeFields('lost', 'land_after_seconds')],
  [{ mode: 'held', delay_ms: 5 }, messages.apiFaultModeFields('held', 'delay_ms')],
  [{ status: 500, operation: 'delete_everything' }, messages.apiFaultOperation],
])('refuses %o and adds nothing', async (params, message) => {
  const api = testApi();
  expect(await api.post('/_sim/api_faults', params, { json: true })).toMatchObject({
    status: 400,
    body: { code: 'bad_request', message },
  });
  expect((await api.get('/_sim/api_faults')).body.data).toEqual([]);
});

describe('over HTTP', () => {
  const sim = createSimulator({ log: () => {} });
  let server: RunningServer;
  beforeAll(async () => {
    server = await sim.listen({ port: 0 });
  });
  afterAll(() => sim.close());

  test('a reset connection leaves the client without an answer, and the charge made', async () => {
    const headers = {
      authorization: `Basic ${btoa('skey_test_reset:')}`,
      'content-type': 'application/json',
    };
    await fetch(`${server.url}/_sim/api_faults`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ mode: 'lost', operation: 'create_charge' }),
    });
    const request = fetch(`${server.url}/charges`, { method: 'POST', headers, body: JSON.stringify(UPM) });
    await expect(request).rejects.toThrow('fetch failed');
    const list = await fetch(`${server.url}/charges`, { headers });
    expect(((await list.json()) as { total: number }).total).toBe(1);
  });
});
