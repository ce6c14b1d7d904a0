import { describe, expect, it } from 'vitest';
import { chargeParams, testApi } from '../../test-support/test-api.js';

/** A paid WeChat Pay UPM charge of 1,500 THB: net 147352 after the 1.65 % fee and 7 % VAT. */
async function paidCharge(api: ReturnType<typeof testApi>) {
  const charge = await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true });
  return (await api.post(`/charges/${charge.body.id}/mark_as_paid`)).body;
}

describe('GET /account', () => {
  it("answers the account as omise-php's recording shows it, with the simulated account's country", async () => {
    const api = testApi('shop');
    api.freezeAt('2026-01-10T03:00:00Z');
    const { status, body } = await api.get('/account');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual([
      ...['object', 'id', 'team', 'livemode', 'location', 'country', 'currency', 'email', 'created_at'],
      ...['supported_currencies', 'api_version', 'auto_activate_recipients', 'chain_enabled'],
      ...['zero_interest_installments', 'chain_return_uri', 'webhook_uri', 'metadata_export_keys'],
      ...['chaining_allowed', 'last_updated_api_version', 'transfer_config'],
    ]);
    expect(body).toMatchObject({
      object: 'account',
      livemode: false,
      location: '/account',
      country: 'TH',
      currency: 'THB',
      api_version: '2019-05-29',
      created_at: '2026-01-10T03:00:00Z',
    });
    expect(body.id).toMatch(/^account_test_[0-9a-z]{19}$/);
    expect(body.team).toMatch(/^acct_[0-9a-z]{19}$/);
    expect((await api.get('/account')).body.id).toBe(body.id);
    await api.patch('/_sim/account', { country: 'SG' });
    expect((await api.get('/account')).body).toMatchObject({ country: 'SG', currency: 'SGD', id: body.id });
  });

  it('was created no later than its oldest record', async () => {
    const api = testApi('shop');
    api.freezeAt('2026-01-10T03:00:00Z');
    const charge = await paidCharge(api);
    await api.advance(86_400);
    expect((await api.get('/account')).body.created_at).toBe(charge.created_at);
  });

  it('gives every account ids of its own', async () => {
    const shop = testApi('shop');
    const other = await shop.get('/account', {}, { key: 'skey_test_other' });
    expect(other.body.id).not.toBe((await shop.get('/account')).body.id);
  });
});

describe('GET /balance', () => {
  it('is the net of paid charges less refunds, transferable at once in test mode', async () => {
    const api = testApi('shop');
    expect((await api.get('/balance')).body).toMatchObject({ total: 0, transferable: 0 });
    const charge = await paidCharge(api);
    await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true }); // pending: nothing
    expect((await api.get('/balance')).body).toMatchObject({ total: 147352, transferable: 147352 });
    await api.post(`/charges/${charge.id}/refunds`, { amount: 50000 });
    const { status, body } = await api.get('/balance');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual([
      ...['object', 'livemode', 'location', 'currency', 'total', 'transferable', 'reserve', 'on_hold'],
      'created_at',
    ]);
    expect(body).toMatchObject({
      object: 'balance',
      livemode: false,
      location: '/balance',
      currency: 'THB',
      total: 97352,
      transferable: 97352,
      reserve: 0,
      on_hold: 0,
    });
  });

  it('has the 2017-11-02 shape for that version', async () => {
    const api = testApi('shop');
    await paidCharge(api);
    const { body } = await api.get('/balance', {}, { headers: { 'omise-version': '2017-11-02' } });
    expect(body).toEqual({
      object: 'balance',
      livemode: false,
      currency: 'thb',
      reserve_amount: 0,
      available: 147352,
      total: 147352,
      location: '/balance',
    });
  });

  it('needs the secret key', async () => {
    const api = testApi('shop');
    const { status, body } = await api.get('/balance', {}, { key: 'pkey_test_shop' });
    expect(status).toBe(401);
    expect(body).toMatchObject({ object: 'error', code: 'authentication_failure' });
  });
});

describe('GET /transactions', () => {
  it("lists a paid charge's credit and its refund's debit under the ids the charge and refund carry", async () => {
    const api = testApi('shop');
    api.freezeAt('2026-01-10T03:00:00Z');
    const charge = await paidCharge(api);
    await api.advance(60);
    const refund = (await api.post(`/charges/${charge.id}/refunds`, { amount: 50000 })).body;
    const { status, body } = await api.get('/transactions');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      object: 'list',
      total: 2,
      location: '/transactions',
      order: 'chronological',
    });
    expect(body.data).toEqual([
      {
        object: 'transaction',
        id: charge.transaction,
        livemode: false,
        currency: 'THB',
        amount: 147352,
        location: `/transactions/${charge.transaction}`,
        direction: 'credit',
        key: 'charge.captured.net',
        origin: charge.id,
        transferable_at: '2026-01-10T03:00:00Z',
        created_at: '2026-01-10T03:00:00Z',
      },
      expect.objectContaining({
        id: refund.transaction,
        amount: 50000,
        direction: 'debit',
        key: 'refund',
        origin: refund.id,
        created_at: '2026-01-10T03:01:00Z',
      }),
    ]);
    const newest = await api.get('/transactions', { limit: 1, order: 'reverse_chronological' });
    expect((newest.body.data as { id: string }[]).map((item) => item.id)).toEqual([refund.transaction]);
    expect((await api.get(`/transactions/${charge.transaction}`)).body).toEqual((body.data as unknown[])[0]);
  });

  it('answers an unknown transaction and a bad list parameter with Omise errors', async () => {
    const api = testApi('shop');
    expect(await api.get('/transactions/trxn_test_none')).toEqual({
      status: 404,
      body: expect.objectContaining({
        object: 'error',
        location: expect.any(String),
        code: 'not_found',
        message: 'transaction trxn_test_none was not found',
      }),
    });
    const bad = await api.get('/transactions', { limit: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ object: 'error', code: 'bad_request' });
  });
});
