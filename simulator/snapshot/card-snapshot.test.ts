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
  // A frozen clock travels with the snapshot: both simulators then render lists up `to` the same second.
  api.sim.account('shop').clock.freeze();
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

test('refuses a charge paid from neither a source nor a card, or from both, with a 400 naming the field', async () => {
  const api = open();
  await api.post('/charges', { amount: 100000, currency: 'THB', 'source[type]': 'promptpay' });
  const token = (await api.post('/tokens', cardParams(), { key: 'pkey_test_shop' })).body;
  await api.post('/charges', { amount: 100000, currency: 'THB', card: token.id });
  const file = (await api.get('/_sim/snapshot')).body;
  const charges = () => (((file.accounts as Body[])[0] as Body).records as Body).charges as Body[];
  const [fromSource, fromCard] = charges() as [Body, Body];
  for (const [charge, field, value] of [
    [fromSource, 'sourceId', null],
    [fromSource, 'sourceType', 'card'],
    [fromCard, 'sourceId', fromSource.sourceId],
    [fromCard, 'sourceType', 'promptpay'],
  ] as const) {
    const broken = structuredClone(file);
    const index = charges().indexOf(charge);
    const target = ((((broken.accounts as Body[])[0] as Body).records as Body).charges as Body[])[
      index
    ] as Body;
    target[field] = value;
    const put = await open().send('PUT', '/_sim/snapshot', broken, { json: true });
    expect([put.status, put.body.message]).toEqual([
      400,
      `snapshot field accounts[0].records.charges[${index}].sourceId is missing or invalid`,
    ]);
  }
});
