import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { errorLocation } from '../errors/error-codes.js';
import { messages } from '../errors/messages.js';
import { sendRawHttp } from '../test-support/send-raw-http.js';

let sim: Simulator;
let port: number;
const key = `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`;

beforeAll(async () => {
  sim = createSimulator();
  ({ port } = await sim.listen({ port: 0 }));
});
afterAll(() => sim.close());

const invalidUrl = {
  status: 400,
  body: {
    object: 'error',
    location: errorLocation('bad_request'),
    code: 'bad_request',
    message: messages.requestUrlInvalid,
  },
};

test.each([
  ['an unclosed IPv6 host', 'GET /charges HTTP/1.1\r\nHost: [::1'],
  ['a port out of range', 'GET /charges HTTP/1.1\r\nHost: shop.test:99999'],
  ['markup in the host', 'GET /charges HTTP/1.1\r\nHost: "><script>'],
  ['an absolute URL that does not parse', 'GET http://[bad/charges HTTP/1.1\r\nHost: x'],
  ['an absolute URL of another scheme', 'GET ftp://x/charges HTTP/1.1\r\nHost: x'],
])('answers %s, which no Fetch Request can carry, with a 400 Omise error', async (_, head) => {
  expect(await sendRawHttp(port, `${head}\r\nAuthorization: ${key}\r\nConnection: close\r\n\r\n`)).toEqual(
    invalidUrl,
  );
});

test('creates nothing for a charge sent with such a host', async () => {
  const body = 'amount=100000&currency=THB&source[type]=promptpay';
  const head = `POST /charges HTTP/1.1\r\nHost: [::1\r\nAuthorization: ${key}\r\nConnection: close\r\n`;
  const raw = `${head}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  expect(await sendRawHttp(port, raw)).toEqual(invalidUrl);
  const list = await sim.request('/charges', { headers: { authorization: key } });
  expect(((await list.json()) as { total: number }).total).toBe(0);
});
