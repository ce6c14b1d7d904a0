import { describe, expect, test } from 'vitest';
import { accountCountry } from '../../domain/country/account-country.js';
import { offeredIn } from '../../domain/country/offered-in.js';
import { paymentMethods } from '../../domain/methods/index.js';
import { messages } from '../../errors/messages.js';
import { chargeParams, createPendingCharge, testApi } from '../../test-support/test-api.js';

const T0 = '2024-09-10T03:57:17Z';

describe('POST /charges', () => {
  const thai = paymentMethods.filter((m) => offeredIn(m, accountCountry('TH'))).map((m) => m.type);
  test.each(thai)('creates a pending %s charge inline', async (type) => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, type);
    expect(charge).toMatchObject({
      object: 'charge',
      status: 'pending',
      paid: false,
      authorized: false,
      refundable: false,
      transaction: null,
      created_at: T0,
      source: { type, charge_status: 'pending' },
    });
    expect(charge.id).toMatch(/^chrg_test_[0-9a-z]{19}$/);
  });

  test('creates a charge from a source made first, and uses the seed fees', async () => {
    const api = testApi();
    const source = await api.post('/sources', { type: 'wechat_pay_mpm', amount: 150000, currency: 'THB' });
    const { status, body } = await api.post('/charges', {
      amount: 150000,
      currency: 'THB',
      source: source.body.id,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      amount: 150000,
      fee: 2475,
      fee_vat: 173,
      net: 147352,
      source: { id: source.body.id },
    });
  });

  test('expires WeChat Pay MPM after 2 hours by default and other methods as their seeds show', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const hours = async (type: string) => {
      const charge = await createPendingCharge(api, type);
      return (Date.parse(String(charge.expires_at)) - Date.parse(T0)) / 3600_000;
    };
    expect(await hours('wechat_pay_mpm')).toBe(2);
    expect(await hours('wechat_pay_upm')).toBe(24);
    expect(await hours('alipayplus_mpm')).toBe(24);
    expect(await hours('truemoney')).toBe(168);
    expect(await hours('barcode_wechat')).toBe(168);
    expect(await hours('promptpay')).toBe(24);
  });

  test('takes a custom expires_at from the WeChat Pay MPM source, between 1 minute and 2 hours', async () => {
    const api = testApi();
    api.freezeAt('2024-01-15T14:00:00Z');
    const params = { type: 'wechat_pay_mpm', amount: 150000, currency: 'THB' };
    const source = await api.post('/sources', { ...params, expires_at: '2024-01-15T15:00:00Z' });
    const charge = await api.post('/charges', { amount: 150000, currency: 'THB', source: source.body.id });
    expect(charge.body.expires_at).toBe('2024-01-15T15:00:00Z');
    // Out of range when the source was made: refused then (source-validation.test.ts). Still in range then
    // but past by the time of the charge: refused at the charge.
    const soon = await api.post('/sources', { ...params, expires_at: '2024-01-15T14:05:00Z' });
    await api.advance(600);
    const late = await api.post('/charges', { amount: 150000, currency: 'THB', source: soon.body.id });
    expect(late).toMatchObject({
      status: 400,
      body: { code: 'invalid_charge', message: messages.expiresAtOutOfRange(60, 7200) },
    });
  });

  test('charges a source only once', async () => {
    const api = testApi();
    const source = await api.post('/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
    await api.post('/charges', { amount: 150000, currency: 'THB', source: source.body.id });
    const again = await api.post('/charges', { amount: 150000, currency: 'THB', source: source.body.id });
    expect(again).toMatchObject({
      status: 400,
      body: { code: 'invalid_charge', message: messages.sourceAlreadyUsed },
    });
    expect((await api.get('/charges')).body.total).toBe(1);
  });

  test('wants the amount and currency of the source', async () => {
    const api = testApi();
    const source = await api.post('/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
    const response = await api.post('/charges', { amount: 150001, currency: 'THB', source: source.body.id });
    expect(response).toMatchObject({
      status: 400,
      body: { code: 'invalid_charge', message: messages.sourceMismatch },
    });
    expect((await api.get(`/sources/${source.body.id}`)).body.charge_status).toBe('unknown');
  });

  test.each([
    [
      { amount: 150000, currency: 'THB', source: { type: 'wechat_pay_upm' } },
      messages.cannotBeBlank('barcode'),
    ],
    [
      { amount: 1000, currency: 'THB', source: { type: 'barcode_wechat', barcode: '1' } },
      messages.amountAtLeast(2000),
    ],
    [
      { amount: 150000, currency: 'THB', source: { type: 'truemoney', phone_number: '0812345678' } },
      messages.returnUriInvalid,
    ],
    [{ ...chargeParams('truemoney', 100000), return_uri: 'not a url' }, messages.returnUriInvalid],
    // CR/LF would end up in the Location header the authorize page redirects to; NUL and spaces are no URI's.
    [
      { ...chargeParams('truemoney', 100000), return_uri: 'http://x/\r\nSet-Cookie: a=b' },
      messages.returnUriInvalid,
    ],
    [{ ...chargeParams('truemoney', 100000), return_uri: 'http://x/\u0000' }, messages.returnUriInvalid],
    [{ ...chargeParams('truemoney', 100000), return_uri: 'http://x/a b' }, messages.returnUriInvalid],
    [
      { ...chargeParams('wechat_pay_upm', 150000), webhook_endpoints: ['http://x/\nX: y'] },
      messages.invalidField('webhook_endpoints'),
    ],
    [{ ...chargeParams('wechat_pay_upm', 150000), metadata: 'x' }, messages.metadataNotHash],
    [{ amount: 150000, currency: 'THB' }, messages.cardOrSource],
    [{ currency: 'THB', source: 'src_x' }, messages.cannotBeBlank('amount')],
    [{ ...chargeParams('wechat_pay_upm', 150000), capture: 'maybe' }, messages.invalidField('capture')],
  ])('refuses %o with a 400 invalid_charge and creates nothing', async (params, message) => {
    const api = testApi();
    const response = await api.post('/charges', params);
    expect(response).toMatchObject({
      status: 400,
      body: { object: 'error', code: 'invalid_charge', message },
    });
    expect((await api.get('/charges')).body.total).toBe(0);
    expect((await api.get('/events')).body.total).toBe(0);
  });

  test('takes capture=false, as omise-java sends it on every charge, and captures when paid', async () => {
    const api = testApi();
    const response = await api.post('/charges', {
      ...chargeParams('wechat_pay_upm', 150000),
      capture: false,
    });
    expect(response).toMatchObject({ status: 200, body: { status: 'pending', capture: true } });
  });

  test('says which source was not found', async () => {
    const response = await testApi().post('/charges', {
      amount: 150000,
      currency: 'THB',
      source: 'src_test_nope',
    });
    expect(response).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: 'source src_test_nope was not found' },
    });
  });

  test('gives TrueMoney an authorize_uri on the simulator and keeps its return_uri', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'truemoney', 100000);
    expect(charge.authorize_uri).toMatch(/^http:\/\/localhost\/payments\/pay2_test_[0-9a-z]{19}\/authorize$/);
    expect(charge.return_uri).toBe('https://shop.example/orders/1/complete');
  });
});

describe('GET /charges', () => {
  test('pages through charges with the Omise list envelope', async () => {
    const api = testApi();
    api.freezeAt(T0);
    for (let i = 0; i < 5; i++) await createPendingCharge(api, 'wechat_pay_upm', 150000 + i);
    const page = await api.get('/charges', { limit: 2, offset: 1, order: 'reverse_chronological' });
    expect(page.body).toMatchObject({
      object: 'list',
      limit: 2,
      offset: 1,
      total: 5,
      location: '/charges',
      order: 'reverse_chronological',
      from: '1970-01-01T00:00:00Z',
      to: T0,
    });
    expect((page.body.data as Array<{ amount: number }>).map((c) => c.amount)).toEqual([150003, 150002]);
  });

  test('caps limit at 100 and refuses a bad order', async () => {
    const api = testApi();
    expect((await api.get('/charges', { limit: 500 })).body.limit).toBe(100);
    expect(await api.get('/charges', { order: 'sideways' })).toMatchObject({
      status: 400,
      body: { code: 'bad_request' },
    });
  });

  test('filters by creation time with from and to', async () => {
    const api = testApi();
    api.freezeAt('2024-01-01T00:00:00Z');
    await createPendingCharge(api, 'wechat_pay_upm');
    api.freezeAt('2024-02-01T00:00:00Z');
    await createPendingCharge(api, 'wechat_pay_upm');
    const january = await api.get('/charges', { from: '2024-01-01T00:00:00Z', to: '2024-01-31T00:00:00Z' });
    expect(january.body.total).toBe(1);
  });
});

describe('GET and PATCH /charges/:id', () => {
  test('says which charge was not found', async () => {
    const response = await testApi().get('/charges/chrg_test_x');
    expect(response).toEqual({
      status: 404,
      body: {
        object: 'error',
        location: 'https://docs.omise.co/api/errors#not-found',
        code: 'not_found',
        message: 'charge chrg_test_x was not found',
      },
    });
  });

  test('updates description and metadata and records charge.update', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'alipayplus_mpm');
    const updated = await api.patch(`/charges/${charge.id}`, {
      description: 'Table 4',
      metadata: { order_id: 'POS-1' },
    });
    expect(updated.body).toMatchObject({
      description: 'Table 4',
      metadata: { order_id: 'POS-1' },
      status: 'pending',
    });
    const events = await api.get(`/charges/${charge.id}/events`);
    expect((events.body.data as Array<{ key: string }>).map((e) => e.key)).toEqual([
      'charge.create',
      'charge.update',
    ]);
  });
});
