import https from 'node:https';
import nock from 'nock';
import { afterEach, expect, test } from 'vitest';
import { interceptOmise, type OmiseInterception } from './index.js';

let intercepted: OmiseInterception | undefined;
afterEach(async () => {
  await intercepted?.restore();
  nock.cleanAll();
});

const auth = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

/** What omise-go and omise-python send: a GET whose list parameters are a JSON body. */
function send(
  method: string,
  url: string,
  body = '',
  key = 'skey_test_nock',
): Promise<{ status: number; body: string }> {
  const headers = {
    authorization: auth(key),
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  };
  return new Promise((resolve, reject) => {
    // https.request read at call time: an ESM named import may keep the function from before nock patched it.
    const req = https.request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('serves api.omise.co from the in-process simulator, GET bodies included', async () => {
  intercepted = interceptOmise({ log: () => {} });
  const body = JSON.stringify({ type: 'wechat_pay_mpm', amount: 150000, currency: 'THB' });
  const source = await send('POST', 'https://api.omise.co/sources', body);
  expect(source.status).toBe(200);
  const list = await send('GET', 'https://api.omise.co/sources', JSON.stringify({ limit: 1, order: null }));
  expect(JSON.parse(list.body)).toMatchObject({ object: 'list', limit: 1, total: 1 });
});

test('answers Omise errors with their status, and vault.omise.co too', async () => {
  intercepted = interceptOmise({ log: () => {} });
  expect((await send('GET', 'https://api.omise.co/charges/chrg_test_none')).status).toBe(404);
  expect((await send('GET', 'https://api.omise.co/charges', '', 'bad')).status).toBe(401);
  // Tokens (cards) are not simulated yet, but the vault host is served: an Omise 404, not a DNS error.
  const token = await send('GET', 'https://vault.omise.co/tokens/tokn_test_x');
  expect(JSON.parse(token.body)).toMatchObject({ object: 'error', code: 'not_found' });
});

test('gives the tests control of account clocks and resets', async () => {
  intercepted = interceptOmise({ log: () => {} });
  const before = intercepted.account('clock').clock.now();
  intercepted.advanceClock('clock', 3600);
  expect(intercepted.account('clock').clock.now() - before).toBeGreaterThanOrEqual(3600_000);
  await send(
    'POST',
    'https://api.omise.co/sources',
    JSON.stringify({ type: 'truemoney', amount: 2000, currency: 'THB', phone_number: '0812345678' }),
    'skey_test_clock',
  );
  await intercepted.reset('clock');
  expect(intercepted.account('clock').store.sources.size).toBe(0);
  expect(intercepted.keys('clock')).toEqual({ publicKey: 'pkey_test_clock', secretKey: 'skey_test_clock' });
});

test('restore() removes its own interceptors and leaves the others', async () => {
  const other = nock('https://other.example').get('/ping').reply(200, 'pong');
  intercepted = interceptOmise({ log: () => {} });
  await intercepted.restore();
  intercepted = undefined;
  expect(nock.activeMocks()).toEqual(['GET https://other.example:443/ping']);
  expect(other.isDone()).toBe(false);
});
