import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { errorLocation } from '../errors/error-codes.js';
import { messages } from '../errors/messages.js';
import { accountSnapshot } from '../test-support/account-snapshot.js';

// Bytes that are not UTF-8, wherever a request carries text, are a 400 `bad_request` that changes nothing, as
// Rails refuses them; valid multi-byte text (Thai, emoji) comes back byte for byte.

let sim: Simulator;
let origin: string;
const key = `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`;
const charge = 'amount=150000&currency=THB&source[type]=wechat_pay_mpm';
const THAI_AND_EMOJI = 'ชำระค่าสินค้า 🛒👍';

beforeAll(async () => {
  sim = createSimulator({ seed: 42, log: () => {} });
  const server = await sim.listen({ port: 0 });
  origin = `http://127.0.0.1:${server.port}`;
  sim.account('shop').clock.freeze(); // a running clock would change the account between two looks
});
afterAll(() => sim.close());

const form = { authorization: key, 'content-type': 'application/x-www-form-urlencoded' };
const json = { authorization: key, 'content-type': 'application/json' };
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

type Send = (path: string, init: RequestInit) => Promise<Response>;
const inProcess: Send = async (path, init) => sim.request(path, init);
const overHttp: Send = (path, init) => fetch(`${origin}${path}`, init);

const refusals: [string, string, RequestInit, string][] = [
  [
    'a form body with a 0xFF byte',
    '/charges',
    { headers: form, body: bytes(`${charge}&description=`, [0xff]) },
    'request body',
  ],
  [
    'a form value escaping 0xFF',
    '/charges',
    { headers: form, body: `${charge}&description=%FF` },
    'request body',
  ],
  [
    'a form key escaping a cut-short ก',
    '/charges',
    { headers: form, body: `${charge}&%E0%B8=1` },
    'request body',
  ],
  [
    'a form value escaping a surrogate',
    '/charges',
    { headers: form, body: `${charge}&description=%ED%A0%80` },
    'request body',
  ],
  [
    'a JSON body with a 0xC3 0x28 pair',
    '/charges',
    { headers: json, body: bytes('{"amount":150000,"description":"', [0xc3, 0x28], '"}') },
    'request body',
  ],
  [
    'a JSON string with a lone surrogate',
    '/charges',
    {
      headers: json,
      body: '{"amount":150000,"currency":"THB","source":{"type":"wechat_pay_mpm"},"description":"\\ud800"}',
    },
    'request body',
  ],
  [
    'a JSON key with a lone surrogate',
    '/charges',
    { headers: json, body: '{"metadata":{"\\udc00":1}}' },
    'request body',
  ],
  [
    'a query string escaping 0xFF',
    '/charges?limit=%FF',
    { method: 'GET', headers: { authorization: key } },
    'query string',
  ],
  [
    'a path escaping 0xFF',
    '/charges/chrg_%FF',
    { method: 'GET', headers: { authorization: key } },
    'request path',
  ],
  [
    'a /_sim body with a 0xFF byte',
    '/_sim/clock/advance',
    { headers: json, body: bytes('{"seconds":', [0xff], '1}') },
    'request body',
  ],
  [
    'a snapshot upload with a 0xFE byte',
    '/_sim/snapshot',
    { method: 'PUT', headers: json, body: bytes('{"format":"', [0xfe], '"}') },
    'request body',
  ],
];

for (const [how, send] of [
  ['in process', inProcess],
  ['over HTTP', overHttp],
] as const) {
  test.each(refusals)(`%s is a 400 that changes nothing (${how})`, async (_name, path, init, part) => {
    const before = accountSnapshot(sim, 'shop');
    const response = await send(path, { method: 'POST', ...init });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      object: 'error',
      location: errorLocation('bad_request'),
      code: 'bad_request',
      message: messages.notUtf8(part),
    });
    expect(accountSnapshot(sim, 'shop')).toBe(before);
  });

  test(`Thai text and emoji come back byte for byte, in a form and in JSON (${how})`, async () => {
    const escaped = await send('/charges', {
      method: 'POST',
      headers: form,
      body: `${charge}&description=${encodeURIComponent(THAI_AND_EMOJI)}`,
    });
    const raw = await send('/charges', {
      method: 'POST',
      headers: form,
      body: bytes(`${charge}&description=`, [...Buffer.from(THAI_AND_EMOJI)]),
    });
    const body = { amount: 150000, currency: 'THB', source: { type: 'wechat_pay_mpm' } };
    const asJson = await send('/charges', {
      method: 'POST',
      headers: json,
      body: Buffer.from(JSON.stringify({ ...body, description: THAI_AND_EMOJI, metadata: { ชื่อ: '✓' } })),
    });
    for (const response of [escaped, raw, asJson]) {
      expect(response.status).toBe(200);
      const text = Buffer.from(await response.arrayBuffer());
      expect(text.includes(Buffer.from(`"description":"${THAI_AND_EMOJI}"`))).toBe(true);
    }
    const list = await send(`/charges?limit=1&description=${encodeURIComponent(THAI_AND_EMOJI)}`, {
      headers: { authorization: key },
    });
    expect(list.status).toBe(200);
  });
}

test('a lone % in a form body or query is refused as Rack refuses it, and %25 is a %', async () => {
  const before = accountSnapshot(sim, 'shop');
  const body = await sim.request('/charges', {
    method: 'POST',
    headers: form,
    body: `${charge}&description=100%`,
  });
  expect(body.status).toBe(400);
  expect(await body.json()).toMatchObject({
    code: 'bad_request',
    message: messages.invalidPercentEncoding('request body', '100%'),
  });
  const query = await sim.request('/charges?limit=2%', { headers: { authorization: key } });
  expect(await query.json()).toMatchObject({
    message: messages.invalidPercentEncoding('query string', '2%'),
  });
  expect(accountSnapshot(sim, 'shop')).toBe(before);
  const escaped = await sim.request('/charges', {
    method: 'POST',
    headers: form,
    body: `${charge}&description=100%25`,
  });
  expect(await escaped.json()).toMatchObject({ description: '100%' });
});
