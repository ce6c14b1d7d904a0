import { expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { createPendingCharge, testApi } from '../../test-support/test-api.js';

test('starts every account in Thailand, funding in THB with 7 % VAT on the fee', async () => {
  const api = testApi();
  expect((await api.get('/_sim/account')).body).toMatchObject({ country: 'TH' });
  const charge = await createPendingCharge(api, 'alipayplus_mpm', 150000);
  expect(charge).toMatchObject({
    currency: 'THB',
    funding_currency: 'THB',
    fee: 2475,
    fee_vat: 173,
    net: 147352,
    transaction_fees: { fee_flat: '0.0', fee_rate: '1.65', vat_rate: '7.0' },
  });
});

test('funds a Singapore account in SGD without VAT, and takes Alipay+ MPM only in SGD', async () => {
  const api = testApi();
  const patched = await api.patch('/_sim/account', { country: 'SG' });
  expect(patched.body).toMatchObject({ object: 'sim_account', country: 'SG' });
  const charge = await createPendingCharge(api, 'alipayplus_mpm', 150000, 'SGD');
  expect(charge).toMatchObject({
    funding_currency: 'SGD',
    fee: 2475,
    fee_vat: 0,
    net: 147525,
    transaction_fees: { vat_rate: '0.0' },
  });
  const thb = await api.post('/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
  expect(thb.body).toMatchObject({ code: 'bad_request', message: messages.currencyNotSupported });
  const small = await api.post('/sources', { type: 'alipayplus_mpm', amount: 99, currency: 'SGD' });
  expect(small.body.message).toBe(messages.amountAtLeast(100));
  const truemoney = await api.post('/sources', { type: 'truemoney', amount: 150000, currency: 'SGD' });
  expect(truemoney.body).toMatchObject({ code: 'bad_request', message: messages.typeNotSupported });
});

test('keeps Malaysian limits for a Malaysia account', async () => {
  const api = testApi('my', { country: 'MY' });
  const big = await api.post('/sources', { type: 'alipayplus_mpm', amount: 3000001, currency: 'MYR' });
  expect(big.body.message).toBe(messages.amountAtMost(3000000));
  expect((await createPendingCharge(api, 'alipayplus_mpm', 3000000, 'MYR')).funding_currency).toBe('MYR');
});

test('lists what the account country offers in GET /capability', async () => {
  const api = testApi();
  const th = (await api.get('/capability')).body;
  expect(th).toMatchObject({ country: 'TH', tokenization_methods: ['googlepay', 'applepay'] });
  expect((th.banks as string[]).slice(0, 3)).toEqual(['test', 'bbl', 'kbank']);
  expect(th.banks).toHaveLength(31);
  await api.patch('/_sim/account', { country: 'SG' });
  const sg = (await api.get('/capability')).body;
  expect(sg).toMatchObject({ country: 'SG' });
  // Cards, then the methods whose Omise pages list Singapore: Alipay+ (both modes), PayNow, Atome QR,
  // ShopeePay (both flows), GrabPay and Atome, in SGD.
  expect(sg.payment_methods).toEqual([
    expect.objectContaining({ name: 'card' }),
    ...['alipayplus_mpm', 'paynow', 'atome_qr', 'alipayplus_upm'].map((name) =>
      expect.objectContaining({ name, currencies: ['SGD'] }),
    ),
    ...['shopeepay', 'shopeepay_jumpapp', 'grabpay', 'atome'].map((name) =>
      expect.objectContaining({ name, currencies: ['SGD'] }),
    ),
  ]);
});

test('refuses an unknown country and changes nothing', async () => {
  const api = testApi();
  const response = await api.patch('/_sim/account', { country: 'US' });
  expect(response).toMatchObject({
    status: 400,
    body: { code: 'bad_request', message: messages.oneOf('country', ['TH', 'SG', 'MY', 'JP']) },
  });
  expect((await api.get('/_sim/account')).body.country).toBe('TH');
});

test('keeps the currency and VAT a charge was made with when the country changes later', async () => {
  const api = testApi();
  const charge = await createPendingCharge(api, 'alipayplus_mpm', 150000);
  await api.patch('/_sim/account', { country: 'SG' });
  expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({
    funding_currency: 'THB',
    fee_vat: 173,
    transaction_fees: { vat_rate: '7.0' },
  });
});
