import { describe, expect, test } from 'vitest';
import { cardParams } from '../../test-support/card-params.js';
import { type Body, type TestApi, testApi } from '../../test-support/test-api.js';

async function tokenId(api: TestApi, number = '4242424242424242'): Promise<string> {
  return String((await api.post('/tokens', cardParams(number), { key: 'pkey_test_test' })).body.id);
}

async function charge(api: TestApi, params: Body): Promise<Body> {
  return (await api.post('/charges', { amount: 100000, currency: 'THB', ...params })).body;
}

describe('card charges', () => {
  test('charges a token: successful, card set and source null, as recorded', async () => {
    const api = testApi();
    api.freezeAt('2025-03-20T09:24:15Z');
    const body = await charge(api, { card: await tokenId(api), description: 'Order-123' });
    expect(body).toMatchObject({
      object: 'charge',
      status: 'successful',
      source: null,
      card: { object: 'card', brand: 'Visa', last_digits: '4242' },
      customer: null,
      authorization_type: null,
      authorized: true,
      paid: true,
      capture: true,
      capturable: false,
      reversible: false,
      refundable: true,
      disputable: true,
      fee: 3650,
      fee_vat: 256,
      net: 96094,
      transaction_fees: { fee_flat: '0.0', fee_rate: '3.65', vat_rate: '7.0' },
      authorized_at: '2025-03-20T09:24:15Z',
      paid_at: '2025-03-20T09:24:15Z',
      expires_at: '2025-03-27T09:24:15Z',
    });
    expect(Object.keys(body)).toHaveLength(63);
  });

  test('uses the token up: a second charge gets used_token and changes nothing', async () => {
    const api = testApi();
    const token = await tokenId(api);
    await charge(api, { card: token });
    const again = await api.post('/charges', { amount: 100000, currency: 'THB', card: token });
    expect(again).toMatchObject({ status: 400, body: { object: 'error', code: 'used_token' } });
    expect((await api.get('/charges')).body.total).toBe(1);
    const read = await api.get(`/tokens/${token}`, {}, { key: 'pkey_test_test' });
    expect(read.body).toMatchObject({ used: true, charge_status: 'successful' });
  });

  test.each([
    [
      '4111111111140011',
      'insufficient_fund',
      'insufficient funds in the account or the card has reached the credit limit',
    ],
    ['5555551111100012', 'stolen_or_lost_card', 'card is stolen or lost'],
    ['3530111111170013', 'failed_processing', 'failed processing'],
    ['377138160000009', 'failed_processing', 'failed processing'],
    ['4111111111110014', 'payment_rejected', 'payment rejected'],
    [
      '6250947000000014',
      'insufficient_fund',
      'insufficient funds in the account or the card has reached the credit limit',
    ],
  ])('fails a charge of test card %s with %s', async (number, code, message) => {
    const api = testApi();
    const body = await charge(api, { card: await tokenId(api, number) });
    expect(body).toMatchObject({
      status: 'failed',
      failure_code: code,
      failure_message: message,
      paid: false,
      authorized: false,
      transaction: null,
    });
  });

  test('authorizes with capture=false, then captures part of it', async () => {
    const api = testApi();
    const auth = await charge(api, { card: await tokenId(api), capture: false });
    expect(auth).toMatchObject({
      status: 'pending',
      authorized: true,
      paid: false,
      capturable: true,
      reversible: true,
      capture: false,
      authorization_type: 'pre_auth',
      captured_amount: 0,
      transaction: null,
    });
    const captured = await api.post(`/charges/${auth.id}/capture`, { capture_amount: 50000 });
    expect(captured.body).toMatchObject({
      status: 'successful',
      amount: 100000,
      authorized_amount: 100000,
      captured_amount: 50000,
      funding_amount: 50000,
      fee: 1825,
      fee_vat: 128,
      net: 48047,
      paid: true,
      capturable: false,
      reversible: false,
      refundable: true,
      can_perform_void: true,
    });
    const tooMuch = await api.post(`/charges/${auth.id}/refunds`, { amount: 50001 });
    expect(tooMuch.body).toMatchObject({ code: 'failed_refund' });
    const again = await api.post(`/charges/${auth.id}/capture`);
    expect(again).toMatchObject({ status: 400, body: { code: 'failed_capture' } });
    const keys = ((await api.get('/events')).body.data as Body[]).map((event) => event.key);
    expect(keys).toEqual(['charge.create', 'charge.capture']);
  });

  test('captures all on a JSON body of null, as omise-node sends a capture without data', async () => {
    const api = testApi();
    const auth = await charge(api, { card: await tokenId(api), capture: false });
    const response = await api.sim.request(`/charges/${auth.id}/capture`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('skey_test_test:')}`, 'content-type': 'application/json' },
      body: 'null',
    });
    expect(await response.json()).toMatchObject({ status: 'successful', captured_amount: 100000 });
  });

  test('reverses an authorization: reversed, never paid', async () => {
    const api = testApi();
    const auth = await charge(api, { card: await tokenId(api), capture: false });
    const reversed = await api.post(`/charges/${auth.id}/reverse`);
    expect(reversed.body).toMatchObject({
      status: 'reversed',
      reversed: true,
      paid: false,
      capturable: false,
    });
    const capture = await api.post(`/charges/${auth.id}/capture`);
    expect(capture.body).toMatchObject({ code: 'failed_capture' });
  });

  test('expires an authorization never captured 7 days after it was made', async () => {
    const api = testApi();
    api.freezeAt('2025-03-20T09:24:15Z');
    const auth = await charge(api, { card: await tokenId(api), capture: false });
    await api.advance(7 * 24 * 3600);
    const read = await api.get(`/charges/${auth.id}`);
    expect(read.body).toMatchObject({
      status: 'expired',
      expired: true,
      capturable: false,
      reversible: false,
    });
    const keys = ((await api.get('/events')).body.data as Body[]).map((event) => event.key);
    expect(keys).toEqual(['charge.create', 'charge.expire']);
  });

  test("charges a customer's default card, or the card named", async () => {
    const api = testApi();
    const customer = (await api.post('/customers', { card: await tokenId(api) })).body;
    const body = await charge(api, { customer: customer.id });
    expect(body).toMatchObject({
      status: 'successful',
      customer: customer.id,
      card: {
        id: customer.default_card,
        location: `/customers/${customer.id}/cards/${customer.default_card}`,
      },
    });
    const named = await charge(api, { customer: customer.id, card: customer.default_card });
    expect(named.status).toBe('successful');
    const wrong = await api.post('/charges', {
      amount: 100000,
      currency: 'THB',
      customer: customer.id,
      card: 'card_test_x',
    });
    expect(wrong).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  test('refunds a card charge, and voids it the same day', async () => {
    const api = testApi();
    const paid = await charge(api, { card: await tokenId(api) });
    const refund = await api.post(`/charges/${paid.id}/refunds`, { amount: 100000 });
    expect(refund.body).toMatchObject({ object: 'refund', amount: 100000, voided: true });
  });

  test.each([
    [{ currency: 'XYZ' }, 'currency is currently not supported'],
    [{ amount: 1999 }, 'amount must be at least 2000'],
  ])('refuses %o with invalid_charge and uses nothing up', async (params, message) => {
    const api = testApi();
    const token = await tokenId(api);
    const refused = await api.post('/charges', { amount: 100000, currency: 'THB', card: token, ...params });
    expect(refused).toMatchObject({ status: 400, body: { code: 'invalid_charge', message } });
    expect((await charge(api, { card: token })).status).toBe('successful');
  });

  test('answers not_found for an unknown token', async () => {
    const response = await testApi().post('/charges', {
      amount: 100000,
      currency: 'THB',
      card: 'tokn_test_x',
    });
    expect(response).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: 'token tokn_test_x was not found' },
    });
  });
});
