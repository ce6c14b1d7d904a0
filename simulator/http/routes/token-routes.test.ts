import { describe, expect, test } from 'vitest';
import { cardParams } from '../../test-support/card-params.js';
import { testApi } from '../../test-support/test-api.js';

const publicKey = { key: 'pkey_test_test' };

describe('POST /tokens', () => {
  test('makes a token with the keys of the recorded one, in their order', async () => {
    const api = testApi();
    api.freezeAt('2025-03-20T09:12:01Z');
    const { status, body } = await api.post('/tokens', cardParams(), publicKey);
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual([
      'object',
      'id',
      'livemode',
      'location',
      'used',
      'charge_status',
      'card',
      'created_at',
    ]);
    expect(body).toMatchObject({ object: 'token', used: false, charge_status: 'unknown' });
    expect(body.location).toBe(`http://localhost/tokens/${body.id}`);
    expect(body.card).toEqual({
      object: 'card',
      id: expect.stringMatching(/^card_test_[0-9a-z]{19}$/),
      livemode: false,
      location: null,
      deleted: false,
      street1: null,
      street2: null,
      city: 'Bangkok',
      state: null,
      phone_number: null,
      postal_code: '10320',
      country: '',
      financing: '',
      bank: '',
      brand: 'Visa',
      fingerprint: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
      first_digits: null,
      last_digits: '4242',
      name: 'Zin Kyaw Kyaw',
      expiration_month: 11,
      expiration_year: 2027,
      security_code_check: true,
      tokenization_method: null,
      created_at: '2025-03-20T09:12:01Z',
    });
  });

  test('gives the same number the same fingerprint', async () => {
    const api = testApi();
    const first = await api.post('/tokens', cardParams(), publicKey);
    const second = await api.post('/tokens', cardParams('4242 4242 4242 4242'), publicKey);
    const other = await api.post('/tokens', cardParams('5555555555554444'), publicKey);
    const print = (body: Record<string, unknown>) => (body.card as Record<string, unknown>).fingerprint;
    expect(print(second.body)).toBe(print(first.body));
    expect(print(other.body)).not.toBe(print(first.body));
    expect((other.body.card as Record<string, unknown>).brand).toBe('MasterCard');
  });

  test.each([
    ['3530111333300000', 'JCB'],
    ['378282246310005', 'American Express'],
    ['6250947000000006', 'UnionPay'],
    ['36021042000004', 'Diners Club'],
    ['6447032400000000001', 'Discover'],
  ])('names the brand of %s %s', async (number, brand) => {
    const { body } = await testApi().post('/tokens', cardParams(number), publicKey);
    expect((body.card as Record<string, unknown>).brand).toBe(brand);
  });

  test('lists every problem of a card in one invalid_card message', async () => {
    const api = testApi();
    api.freezeAt('2026-06-01T00:00:00Z');
    const past = await api.post(
      '/tokens',
      cardParams('4242424242424242', { expiration_year: 2025 }),
      publicKey,
    );
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({
      code: 'invalid_card',
      message: 'expiration date cannot be in the past',
    });
    const bad = await api.post(
      '/tokens',
      cardParams('1234567890123456', { expiration_year: 2025 }),
      publicKey,
    );
    expect(bad.body.message).toBe(
      'expiration date cannot be in the past, number is invalid, and brand not supported (unknown)',
    );
    const month = await api.post(
      '/tokens',
      cardParams('4242424242424242', { expiration_month: 13 }),
      publicKey,
    );
    expect(month.body.message).toBe(
      'expiration month is not between 1 and 12 and expiration date is invalid',
    );
    const blank = await api.post('/tokens', {}, publicKey);
    expect(blank.body).toMatchObject({ code: 'invalid_card' });
  });

  test('takes an empty security code as none, as omise-go sends it, with security_code_check false', async () => {
    const { status, body } = await testApi().post(
      '/tokens',
      cardParams('4242424242424242', { security_code: '' }),
      publicKey,
    );
    expect(status).toBe(200);
    expect((body.card as Record<string, unknown>).security_code_check).toBe(false);
  });

  test('accepts a card good through the current month', async () => {
    const api = testApi();
    api.freezeAt('2027-11-30T23:59:59Z');
    const { status } = await api.post('/tokens', cardParams(), publicKey);
    expect(status).toBe(200);
  });

  test('keeps nothing from a refused card', async () => {
    const api = testApi();
    await api.post('/tokens', cardParams('4242424242424241'), publicKey);
    expect(api.sim.account('test').store.cards.size).toBe(0);
  });
});

describe('GET /tokens/:id', () => {
  test('retrieves a token with the public key', async () => {
    const api = testApi();
    const made = await api.post('/tokens', cardParams(), publicKey);
    const { status, body } = await api.get(`/tokens/${made.body.id}`, {}, publicKey);
    expect(status).toBe(200);
    expect(body).toEqual(made.body);
  });

  test('answers not_found for an unknown token', async () => {
    const { status, body } = await testApi().get('/tokens/tokn_test_nope', {}, publicKey);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'not_found', message: 'token tokn_test_nope was not found' });
  });
});
