import { describe, expect, test } from 'vitest';
import { exampleOrderDetails } from '../../domain/source/example-order-details.js';
import { messages } from '../../errors/messages.js';
import { type Body, chargeParams, testApi } from '../../test-support/test-api.js';

// The banking apps and wallets added after the seeds: each made as Omise's docs and SDK fixtures show it
// (a source with its flow, then a charge with return_uri and authorize_uri), within its country's limits,
// paid or failed on the authorize page (then 303 to return_uri), or expired by the clock.
const T0 = '2024-09-10T03:57:17Z';
const LIMITS = {
  TH: { currency: 'THB', min: 2000, max: 15000000 },
  SG: { currency: 'SGD', min: 100, max: 2000000 },
  MY: { currency: 'MYR', min: 100, max: 10000000 },
} as const;
const cases = [
  ...['mobile_banking_bay', 'mobile_banking_bbl', 'mobile_banking_kbank', 'mobile_banking_ktb'].map(
    (type) => ({ type, flow: 'app_redirect', country: 'TH' as const }),
  ),
  { type: 'mobile_banking_scb', flow: 'app_redirect', country: 'TH' as const },
  { type: 'shopeepay', flow: 'redirect', country: 'MY' as const },
  { type: 'shopeepay_jumpapp', flow: 'app_redirect', country: 'TH' as const },
  { type: 'grabpay', flow: 'redirect', country: 'SG' as const },
  { type: 'rabbit_linepay', flow: 'redirect', country: 'TH' as const },
  { type: 'atome', flow: 'redirect', country: 'SG' as const },
];
const RETURN_URI = 'https://shop.example/orders/1/complete';
// App redirects expire 7 days after creation (recorded), web redirects after 24 hours.
const expirySeconds = (flow: string) => (flow === 'app_redirect' ? 7 * 24 * 3600 : 24 * 3600);

async function account(country: 'TH' | 'SG' | 'MY') {
  const api = testApi();
  api.freezeAt(T0);
  if (country !== 'TH') await api.patch('/_sim/account', { country });
  return api;
}

function sourceParams(type: string, amount: number, currency: string): Body {
  return { ...(chargeParams(type, amount, currency).source as Body), amount, currency };
}

describe.each(cases)('$type', ({ type, flow, country }) => {
  const { currency, min, max } = LIMITS[country];

  test('creates a source with its flow, then a pending charge with an authorize_uri', async () => {
    const api = await account(country);
    const source = await api.post('/sources', sourceParams(type, 150000, currency), {
      key: 'pkey_test_test',
    });
    expect(source).toMatchObject({
      status: 200,
      body: { object: 'source', type, flow, amount: 150000, currency },
    });
    const charge = await api.post('/charges', {
      amount: 150000,
      currency,
      source: source.body.id,
      return_uri: RETURN_URI,
    });
    expect(charge.status).toBe(200);
    expect(charge.body).toMatchObject({
      status: 'pending',
      paid: false,
      return_uri: RETURN_URI,
      source: { type, flow },
    });
    expect(String(charge.body.authorize_uri)).toMatch(/\/payments\/[^/]+\/authorize$/);
    expect(Date.parse(String(charge.body.expires_at)) - Date.parse(T0)).toBe(expirySeconds(flow) * 1000);
  });

  test("refuses amounts outside the country's limits and another country's currency", async () => {
    const api = await account(country);
    const other = currency === 'THB' ? 'SGD' : 'THB';
    for (const [amount, cur, message] of [
      [min - 1, currency, messages.amountAtLeast(min)],
      [max + 1, currency, messages.amountAtMost(max)],
      [150000, other, messages.currencyNotSupported],
    ] as const) {
      const response = await api.post('/sources', sourceParams(type, amount, cur));
      expect(response).toMatchObject({
        status: 400,
        body: { object: 'error', code: 'bad_request', message },
      });
    }
    expect((await api.get('/sources')).body.total).toBe(0);
  });

  test('needs a return_uri on the charge', async () => {
    const api = await account(country);
    const { return_uri: _, ...params } = chargeParams(type, 150000, currency);
    const response = await api.post('/charges', params);
    expect(response).toMatchObject({ status: 400, body: { object: 'error', code: 'invalid_charge' } });
  });

  test.each([
    ['outcome=successful', { status: 'successful', paid: true }],
    ['outcome=failed&failure_code=payment_rejected', { status: 'failed', failure_code: 'payment_rejected' }],
  ])('its authorize page completes it (%s) with charge.complete, then goes back to return_uri', async (form, outcome) => {
    const api = await account(country);
    const charge = (await api.post('/charges', chargeParams(type, 150000, currency))).body;
    const base = new URL(String(charge.authorize_uri)).pathname.replace(/\/authorize$/, '');
    const page = await (await api.sim.request(`${base}/authorize`)).text();
    expect(page).toContain('id="confirm"');
    expect(page).not.toContain('id="send-otp"');
    const response = await api.sim.request(`${base}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(charge.return_uri);
    expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject(outcome);
    const keys = ((await api.get('/events')).body.data as Body[]).map((event) => event.key);
    expect(keys).toContain('charge.complete');
  });

  test(`expires after ${expirySeconds(flow) / 3600} hours if the customer never authorizes it`, async () => {
    const api = await account(country);
    const charge = (await api.post('/charges', chargeParams(type, 150000, currency))).body;
    await api.advance(expirySeconds(flow) - 1);
    expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({ status: 'pending' });
    await api.advance(2);
    expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({ status: 'expired' });
    const keys = ((await api.get('/events')).body.data as Body[]).map((event) => event.key);
    expect(keys).toContain('charge.expire');
  });
});

describe('atome', () => {
  const order = exampleOrderDetails(150000);
  const base = { type: 'atome', amount: 150000, currency: 'SGD', phone_number: '6591234567' };
  test.each([
    [{ ...base, items: order.items }, messages.cannotBeBlank('shipping')],
    [
      { ...base, shipping: { country: 'SG' }, items: order.items },
      'shipping[postal_code] cannot be blank and shipping[street1] cannot be blank',
    ],
    [{ ...base, shipping: order.shipping }, messages.cannotBeBlank('items')],
    [
      { ...base, shipping: order.shipping, items: [{ sku: 'A', name: 'B', amount: 'x', quantity: 1 }] },
      messages.notAnInteger('items[][amount]'),
    ],
    [{ ...base, phone_number: '12', ...order }, messages.phoneNumberInvalid],
  ])('refuses a source without its order details: %o', async (params, message) => {
    const api = await account('SG');
    const response = await api.post('/sources', params);
    expect(response).toMatchObject({ status: 400, body: { object: 'error', code: 'bad_request', message } });
    expect((await api.get('/sources')).body.total).toBe(0);
  });
});
