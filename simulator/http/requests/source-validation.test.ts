import { expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { testApi } from '../../test-support/test-api.js';

const T0 = '2024-09-10T03:57:17Z';

test('refuses POST /charges with source=<id> and source[type] together, creating nothing', async () => {
  const api = testApi();
  const source = await api.post('/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
  const body = `amount=150000&currency=THB&source=${source.body.id}&source[type]=alipayplus_mpm`;
  const response = await api.sim.request('/charges', {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('skey_test_test:').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({
    object: 'error',
    code: 'bad_request',
    message: messages.paramTypeConflict('Hash', 'String', 'source'),
  });
  expect((await api.get('/charges')).body.total).toBe(0);
});

test.each([
  ['in the past', '2024-09-10T03:57:00Z'],
  ['beyond the 2 h WeChat Pay MPM maximum', '2024-09-10T05:57:18Z'],
  ['under a minute away', '2024-09-10T03:58:00Z'],
])('refuses a source whose expires_at is %s when the source is created', async (_, expiresAt) => {
  const api = testApi();
  api.freezeAt(T0);
  const response = await api.post('/sources', {
    type: 'wechat_pay_mpm',
    amount: 150000,
    currency: 'THB',
    expires_at: expiresAt,
  });
  expect(response).toMatchObject({
    status: 400,
    body: { code: 'bad_request', message: messages.expiresAtOutOfRange(60, 7200) },
  });
});

test('accepts a source expires_at inside the range and gives the charge that deadline', async () => {
  const api = testApi();
  api.freezeAt(T0);
  const params = {
    type: 'wechat_pay_mpm',
    amount: 150000,
    currency: 'THB',
    expires_at: '2024-09-10T04:57:17Z',
  };
  const source = await api.post('/sources', params);
  expect(source.status).toBe(200);
  const charge = await api.post('/charges', { amount: 150000, currency: 'THB', source: source.body.id });
  expect(charge.body.expires_at).toBe('2024-09-10T04:57:17Z');
});

test('answers a TrueMoney source with a bad amount and phone number in one message, as Omise does', async () => {
  const api = testApi();
  const response = await api.post('/sources', {
    type: 'truemoney',
    amount: 100,
    currency: 'THB',
    phone_number: '123',
  });
  expect(response.body).toMatchObject({
    code: 'bad_request',
    message: 'amount must be at least 2000 and phone_number must contain 10-11 digit characters',
  });
});

test('says the largest amount as "amount must be less than N", the form omise-ios parses', async () => {
  const api = testApi();
  const response = await api.post('/sources', {
    type: 'truemoney',
    amount: 10000001,
    currency: 'THB',
    phone_number: '0812345678',
  });
  expect(response.body.message).toBe('amount must be less than 10000001');
  const largest = await api.post('/sources', {
    type: 'truemoney',
    amount: 10000000,
    currency: 'THB',
    phone_number: '0812345678',
  });
  expect(largest.status).toBe(200);
});

test('copies a TrueMoney phone_number into mobile_number, as the recorded TrueMoney source shows', async () => {
  const api = testApi();
  const params = { type: 'truemoney', amount: 100000, currency: 'THB', phone_number: '0812345678' };
  const { body } = await api.post('/sources', params);
  expect(body).toMatchObject({ mobile_number: '0812345678', phone_number: '0812345678' });
  const alipay = await api.post('/sources', { type: 'alipayplus_mpm', amount: 100000, currency: 'THB' });
  expect(alipay.body).toMatchObject({ mobile_number: null, phone_number: null });
});
