import { afterEach, expect, test } from 'vitest';
import { cardParams } from '../test-support/card-params.js';
import { type Body, type TestApi, testApi } from '../test-support/test-api.js';

const opened: TestApi[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((api) => api.sim.close()));
});

function open(): TestApi {
  const api = testApi('shop');
  opened.push(api);
  return api;
}

test('a snapshot carries tokens, cards, customers and card charges, and restores them as they were', async () => {
  const api = open();
  const token = (await api.post('/tokens', cardParams(), { key: 'pkey_test_shop' })).body;
  const customer = (await api.post('/customers', { card: token.id })).body;
  const charge = (await api.post('/charges', { amount: 100000, currency: 'THB', customer: customer.id }))
    .body;
  const file = (await api.get('/_sim/snapshot')).body;
  const records = ((file.accounts as Body[])[0] as Body).records as Record<string, unknown[]>;
  expect([records.tokens?.length, records.cards?.length, records.customers?.length]).toEqual([1, 1, 1]);

  const other = open();
  const put = await other.send('PUT', '/_sim/snapshot', file, { json: true });
  expect(put.status).toBe(200);
  expect((await other.get(`/charges/${charge.id}`)).body).toEqual(
    (await api.get(`/charges/${charge.id}`)).body,
  );
  expect((await other.get(`/customers/${customer.id}`)).body).toEqual(
    (await api.get(`/customers/${customer.id}`)).body,
  );
  const events = (await other.get('/events')).body.data as Body[];
  expect(events.map((event) => event.key)).toEqual(['customer.create', 'charge.create']);
});

test('reads a snapshot written before cards were simulated, without tokens, cards or customers', async () => {
  const api = open();
  await api.post('/charges', { amount: 150000, currency: 'THB', source: { type: 'alipayplus_mpm' } });
  const file = (await api.get('/_sim/snapshot')).body;
  const records = ((file.accounts as Body[])[0] as Body).records as Record<string, unknown>;
  delete records.tokens;
  delete records.cards;
  delete records.customers;
  const put = await open().send('PUT', '/_sim/snapshot', file, { json: true });
  expect(put.status).toBe(200);
});
