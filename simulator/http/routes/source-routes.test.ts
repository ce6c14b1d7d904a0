import { describe, expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { testApi } from '../../test-support/test-api.js';

describe('POST /sources', () => {
  test('creates a source that shows charge_status unknown until it is charged', async () => {
    const api = testApi();
    const { status, body } = await api.post('/sources', {
      type: 'alipayplus_mpm',
      amount: 150000,
      currency: 'THB',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      object: 'source',
      type: 'alipayplus_mpm',
      flow: 'offline',
      charge_status: 'unknown',
    });
    expect(body.scannable_code).toBeNull();
    await api.post('/charges', { amount: 150000, currency: 'THB', source: body.id });
    const after = await api.get(`/sources/${body.id}`);
    expect(after.body.charge_status).toBe('pending');
    expect(after.body.scannable_code).toMatchObject({ object: 'barcode', type: 'qr' });
  });

  test("records the caller's address, as the Alipay+ MPM seed's source shows", async () => {
    const api = testApi();
    const response = await api.sim.app.request(
      '/sources',
      {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa('pkey_test_test:')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'amount=150000&currency=THB&type=alipayplus_mpm',
      },
      { incoming: { socket: { remoteAddress: '::ffff:35.198.236.178' } } },
    );
    const source = (await response.json()) as Record<string, unknown>;
    expect(source.ip).toBe('35.198.236.178');
    const charge = await api.post('/charges', { amount: 150000, currency: 'THB', source: source.id });
    expect(charge.body).toMatchObject({ ip: null, source: { ip: '35.198.236.178' } });
  });

  test('leaves ip null on a source made inline by POST /charges, as the WeChat Pay UPM seed shows', async () => {
    const api = testApi();
    const { body } = await api.post('/charges', {
      amount: 150000,
      currency: 'THB',
      source: { type: 'wechat_pay_upm', barcode: '130991292552725093' },
    });
    expect(body).toMatchObject({ ip: null, source: { ip: null } });
  });

  test('accepts a lower-case currency as the TrueMoney seed sends it', async () => {
    const api = testApi();
    const { body } = await api.post('/sources', {
      type: 'truemoney',
      amount: 100000,
      currency: 'thb',
      phone_number: '11111111111',
    });
    expect(body).toMatchObject({ currency: 'THB', phone_number: '11111111111', flow: 'redirect' });
  });

  test.each([
    [{ type: 'bitcoin', amount: 150000, currency: 'THB' }, messages.typeNotSupported],
    [{ amount: 150000, currency: 'THB' }, messages.cannotBeBlank('type')],
    [{ type: 'wechat_pay_mpm', amount: 1999, currency: 'THB' }, messages.amountAtLeast(2000)],
    [{ type: 'wechat_pay_mpm', amount: 15000001, currency: 'THB' }, messages.amountAtMost(15000000)],
    [{ type: 'wechat_pay_mpm', amount: 150000, currency: 'USD' }, messages.currencyNotSupported],
    // A Thai account (the default) takes Alipay+ MPM in THB only; SGD and MYR are for SG and MY accounts.
    [{ type: 'alipayplus_mpm', amount: 100000, currency: 'SGD' }, messages.currencyNotSupported],
    [{ type: 'alipayplus_mpm', amount: 100000, currency: 'MYR' }, messages.currencyNotSupported],
    [
      { type: 'truemoney', amount: 100000, currency: 'THB', phone_number: '123' },
      messages.phoneNumberInvalid,
    ],
    [
      { type: 'wechat_pay_upm', amount: 150000, currency: 'THB', barcode: '1' },
      messages.sourceTypeChargeOnly('wechat_pay_upm'),
    ],
    [{ type: 'wechat_pay_mpm', amount: '12.5', currency: 'THB' }, messages.notAnInteger('amount')],
  ])('refuses %o with a 400 bad_request', async (params, message) => {
    const api = testApi();
    const response = await api.post('/sources', params);
    expect(response).toMatchObject({ status: 400, body: { object: 'error', code: 'bad_request', message } });
    expect((await api.get('/sources')).body.total).toBe(0);
  });
});

describe('GET /sources/:id', () => {
  test('says which source was not found', async () => {
    const response = await testApi().get('/sources/src_test_nope');
    expect(response).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: 'source src_test_nope was not found' },
    });
  });
});
