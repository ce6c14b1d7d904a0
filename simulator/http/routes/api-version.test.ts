import { expect, test } from 'vitest';
import { createPendingCharge, testApi } from '../../test-support/test-api.js';

const version2017 = { headers: { 'omise-version': '2017-11-02' } };

test('renders a 2017-11-02 charge as the TrueMoney seed: created, lower-case currency, refunded, reference', async () => {
  const api = testApi();
  api.freezeAt('2019-05-17T08:09:48Z');
  const charge = await createPendingCharge(api, 'truemoney', 100000);
  const { body } = await api.get(`/charges/${charge.id}`, {}, version2017);
  expect(body).toMatchObject({
    currency: 'thb',
    funding_currency: 'thb',
    created: '2019-05-17T08:09:48Z',
    expires_at: '2019-05-24T08:09:48Z',
    refunded: 0,
    source: {
      object: 'source',
      type: 'truemoney',
      flow: 'redirect',
      currency: 'thb',
      phone_number: '0812345678',
    },
  });
  expect(body.reference).toMatch(/^pay2_test_/);
  expect(body).not.toHaveProperty('created_at');
  expect(body.source).not.toHaveProperty('livemode');
  expect(Object.keys(body.refunds as object)).toEqual([
    'object',
    'from',
    'to',
    'offset',
    'limit',
    'total',
    'order',
    'location',
    'data',
  ]);
});

test('renders unknown versions as the default 2019-05-29', async () => {
  const api = testApi();
  const charge = await createPendingCharge(api, 'alipayplus_mpm');
  const { body } = await api.get(`/charges/${charge.id}`, {}, { headers: { 'omise-version': '2099-01-01' } });
  expect(body).toHaveProperty('created_at');
  expect(body.currency).toBe('THB');
});

test('renders events at the account version, not the request header', async () => {
  const api = testApi();
  await api.patch('/_sim/account', { api_version: '2017-11-02' });
  const charge = await createPendingCharge(api, 'truemoney', 100000);
  const events = await api.get(`/charges/${charge.id}/events`);
  expect((events.body.data as Array<Record<string, unknown>>)[0]).toMatchObject({
    key: 'charge.create',
    data: { currency: 'thb' },
  });
});
