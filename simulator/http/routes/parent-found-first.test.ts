import { expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { accountSnapshot } from '../../test-support/account-snapshot.js';
import { type ApiResponse, createPendingCharge, type TestApi, testApi } from '../../test-support/test-api.js';

// Omise (a Rails app) finds the resource a path names before it reads the body: an unknown charge, customer,
// card or event is a 404 `not_found` whatever the body says, and changes nothing.

type Send = (api: TestApi, known: { charge: string; customer: string }) => Promise<ApiResponse>;

const UNKNOWN_CHARGE = 'chrg_test_unknown000000000000';
const UNKNOWN_CUSTOMER = 'cust_test_unknown000000000000';
const UNKNOWN_CARD = 'card_test_unknown000000000000';

const cases: readonly [string, Send, string][] = [
  ['a refund without an amount', (api) => api.post(`/charges/${UNKNOWN_CHARGE}/refunds`), 'charge'],
  [
    'a refund of a malformed amount',
    (api) => api.post(`/charges/${UNKNOWN_CHARGE}/refunds`, { amount: 'abc' }),
    'charge',
  ],
  [
    'an update with malformed metadata',
    (api) => api.patch(`/charges/${UNKNOWN_CHARGE}`, { metadata: 'not a hash' }),
    'charge',
  ],
  [
    'a capture of a malformed amount',
    (api) => api.post(`/charges/${UNKNOWN_CHARGE}/capture`, { capture_amount: 'abc' }),
    'charge',
  ],
  [
    'a failure with a malformed failure code',
    (api) => api.post(`/charges/${UNKNOWN_CHARGE}/mark_as_failed`, { failure_code: ['x'] }),
    'charge',
  ],
  ['an expiry', (api) => api.post(`/charges/${UNKNOWN_CHARGE}/expire`, { x: ['y'] }), 'charge'],
  ['a reversal', (api) => api.post(`/charges/${UNKNOWN_CHARGE}/reverse`, { x: ['y'] }), 'charge'],
  ['a payment', (api) => api.post(`/charges/${UNKNOWN_CHARGE}/mark_as_paid`, { x: ['y'] }), 'charge'],
  [
    'a refund list with a malformed limit',
    (api) => api.get(`/charges/${UNKNOWN_CHARGE}/refunds`, { limit: 'abc' }),
    'charge',
  ],
  [
    'an event list with a malformed limit',
    (api) => api.get(`/charges/${UNKNOWN_CHARGE}/events`, { limit: 'abc' }),
    'charge',
  ],
  [
    'a customer update with a malformed email',
    (api) => api.patch(`/customers/${UNKNOWN_CUSTOMER}`, { email: ['x'] }),
    'customer',
  ],
  [
    'a card update with a malformed month',
    (api) => api.patch(`/customers/${UNKNOWN_CUSTOMER}/cards/${UNKNOWN_CARD}`, { expiration_month: 'abc' }),
    'customer',
  ],
  [
    "an unknown card's update with a malformed month",
    (api, known) =>
      api.patch(`/customers/${known.customer}/cards/${UNKNOWN_CARD}`, { expiration_month: 'abc' }),
    'card',
  ],
  [
    'a card list with a malformed limit',
    (api) => api.get(`/customers/${UNKNOWN_CUSTOMER}/cards`, { limit: 'abc' }),
    'customer',
  ],
  [
    'an event replay with an unknown field',
    (api) => api.post('/_sim/events/evnt_test_unknown00000000000/replay', { bogus: 'x' }),
    'event',
  ],
];

const idOf: Record<string, string> = {
  charge: UNKNOWN_CHARGE,
  customer: UNKNOWN_CUSTOMER,
  card: UNKNOWN_CARD,
  event: 'evnt_test_unknown00000000000',
};

for (const [name, send, resource] of cases) {
  test(`${name} of an unknown ${resource} is a 404 not_found that changes nothing`, async () => {
    const api = testApi('shop');
    api.freezeAt('2024-09-10T03:57:17Z');
    const charge = await createPendingCharge(api, 'wechat_pay_mpm');
    const customer = (await api.post('/customers', { email: 'somchai@example.com' })).body.id as string;
    const before = accountSnapshot(api.sim, 'shop');
    const response = await send(api, { charge: String(charge.id), customer });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      object: 'error',
      location: 'https://docs.omise.co/api/errors#not-found',
      code: 'not_found',
      message: messages.notFound(resource, idOf[resource] ?? ''),
    });
    expect(accountSnapshot(api.sim, 'shop')).toBe(before);
  });
}

test('a known charge still has its refund body checked', async () => {
  const api = testApi('shop');
  const charge = await createPendingCharge(api, 'wechat_pay_mpm');
  const response = await api.post(`/charges/${String(charge.id)}/refunds`);
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ object: 'error', code: 'bad_request' });
});
