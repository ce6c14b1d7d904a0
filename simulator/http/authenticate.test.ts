import { expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { testApi } from '../test-support/test-api.js';

const authenticationFailure = {
  object: 'error',
  location: 'https://docs.omise.co/api/errors#authentication-failure',
  code: 'authentication_failure',
  message: 'authentication failed',
};

test('answers a request without a key with the exact Omise 401 body', async () => {
  const api = testApi();
  expect(await api.get('/charges', {}, { key: null })).toEqual({ status: 401, body: authenticationFailure });
});

test('refuses a key that is not an Omise test key', async () => {
  const api = testApi();
  expect((await api.get('/charges', {}, { key: 'hello' })).status).toBe(401);
  expect((await api.get('/charges', {}, { key: 'skey_test_' })).status).toBe(401);
});

test('refuses the public key where Omise wants the secret key', async () => {
  const api = testApi();
  const response = await api.post(
    '/charges',
    { amount: 150000, currency: 'THB', source: 'src_x' },
    { key: 'pkey_test_test' },
  );
  expect(response).toEqual({ status: 401, body: authenticationFailure });
});

test('accepts the public key for sources and capability', async () => {
  const api = testApi();
  const created = await api.post(
    '/sources',
    { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' },
    { key: 'pkey_test_test' },
  );
  expect(created.status).toBe(200);
  expect((await api.get(`/sources/${created.body.id}`, {}, { key: 'pkey_test_test' })).status).toBe(200);
  expect((await api.get('/capability', {}, { key: 'pkey_test_test' })).status).toBe(200);
});

test('always refuses live keys and says why', async () => {
  const api = testApi();
  const response = await api.get('/charges', {}, { key: 'skey_5xyzabc' });
  expect(response.status).toBe(401);
  expect(response.body).toMatchObject({ code: 'authentication_failure', message: messages.liveKeyRefused });
});

test('keeps accounts apart: one account never sees another one’s charges', async () => {
  const api = testApi('alice');
  await api.post('/charges', {
    amount: 150000,
    currency: 'THB',
    source: { type: 'wechat_pay_upm', barcode: '1' },
  });
  const bob = await api.get('/charges', {}, { key: 'skey_test_bob' });
  expect(bob.body.total).toBe(0);
  expect((await api.get('/charges')).body.total).toBe(1);
});
