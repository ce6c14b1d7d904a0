import { expect, test } from 'vitest';
import { cardParams } from '../test-support/card-params.js';
import { type Body, testApi } from '../test-support/test-api.js';

const returnUri = 'http://merchant.test/orders/1/complete';

async function setup(params: Body = {}) {
  const api = testApi();
  const token = await api.post('/tokens', cardParams('4000000000000002'), { key: 'pkey_test_test' });
  const charge = (
    await api.post('/charges', {
      amount: 100000,
      currency: 'THB',
      card: token.body.id,
      return_uri: returnUri,
      ...params,
    })
  ).body;
  const path = new URL(String(charge.authorize_uri)).pathname;
  const complete = (body: string) =>
    api.sim.request(path.replace('/authorize', '/complete'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  return { api, charge, path, complete };
}

test('a 3-D Secure card charge waits, unauthorized, with an authorize_uri on the simulator', async () => {
  const { charge, path, api } = await setup();
  expect(charge).toMatchObject({ status: 'pending', authorized: false, paid: false, capturable: false });
  expect(path).toMatch(/^\/payments\/paym_test_\w{19}\/authorize$/);
  const page = await (await api.sim.request(path)).text();
  expect(page).toContain('id="pass"');
  expect(page).toContain('<span id="amount">1,000.00</span>');
});

test('passing authentication pays the charge and returns to return_uri with charge.complete', async () => {
  const { charge, complete, api } = await setup();
  const response = await complete('outcome=successful');
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(returnUri);
  const read = await api.get(`/charges/${charge.id}`);
  expect(read.body).toMatchObject({ status: 'successful', authorized: true, paid: true });
  const keys = ((await api.get(`/charges/${charge.id}/events`)).body.data as Body[]).map((e) => e.key);
  expect(keys).toEqual(['charge.create', 'charge.complete']);
});

test('passing authentication of capture=false leaves an authorization to capture', async () => {
  const { charge, complete, api } = await setup({ capture: false });
  await complete('outcome=successful');
  const read = await api.get(`/charges/${charge.id}`);
  expect(read.body).toMatchObject({ status: 'pending', authorized: true, capturable: true, paid: false });
});

test('failing authentication fails the charge with the code chosen, and returns likewise', async () => {
  const { charge, complete, api } = await setup();
  const response = await complete('outcome=failed&failure_code=failed_processing');
  expect(response.headers.get('location')).toBe(returnUri);
  const read = await api.get(`/charges/${charge.id}`);
  expect(read.body).toMatchObject({ status: 'failed', failure_code: 'failed_processing', paid: false });
  const again = await complete('outcome=successful');
  expect(again.status).toBe(400);
});

test('a 3-D Secure card needs a return_uri', async () => {
  const api = testApi();
  const token = await api.post('/tokens', cardParams('5200000000000007'), { key: 'pkey_test_test' });
  const refused = await api.post('/charges', { amount: 100000, currency: 'THB', card: token.body.id });
  expect(refused).toMatchObject({
    status: 400,
    body: { code: 'invalid_charge', message: 'return uri is invalid' },
  });
});

test('mark_as_paid passes authentication in test mode, as for other redirect charges', async () => {
  const { charge, api } = await setup();
  const paid = await api.post(`/charges/${charge.id}/mark_as_paid`);
  expect(paid.body).toMatchObject({ status: 'successful', authorized: true });
});
