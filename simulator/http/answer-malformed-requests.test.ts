import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { errorLocation } from '../errors/error-codes.js';
import { messages } from '../errors/messages.js';
import { sendRawHttp } from '../test-support/send-raw-http.js';

// Requests Node's HTTP parser refuses, sent as raw bytes: the app never sees them, the client still gets an
// Omise error, nothing changes, and the server goes on serving.

let sim: Simulator;
let port: number;
const key = `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`;
const form = 'amount=100000&currency=THB&source[type]=promptpay';

beforeAll(async () => {
  sim = createSimulator();
  ({ port } = await sim.listen({ port: 0 }));
});
afterAll(() => sim.close());

const sendRaw = (raw: string) => sendRawHttp(port, raw);

const omiseError = (code: string, message: string) => ({
  object: 'error',
  location: errorLocation(code as 'bad_request'),
  code,
  message,
});

async function chargeCount(): Promise<number> {
  const list = await sim.request('/charges', { headers: { authorization: key } });
  return ((await list.json()) as { total: number }).total;
}

test.each([
  ['a Content-Length that is not a number', `Content-Length: abc\r\n\r\n${form}`],
  ['a negative Content-Length', `Content-Length: -1\r\n\r\n${form}`],
  ['a Content-Length longer than the body', `Content-Length: 500\r\n\r\n${form}`],
  ['both Content-Length and chunked', `Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n${form}`],
  ['a chunk size that is not hex', `Transfer-Encoding: chunked\r\n\r\nzz\r\n${form}\r\n0\r\n\r\n`],
  ['a chunked body cut short', `Transfer-Encoding: chunked\r\n\r\n40\r\n${form.slice(0, 10)}`],
])('answers %s with a 400 Omise error and creates nothing', async (_, rest) => {
  const before = await chargeCount();
  const raw = `POST /charges HTTP/1.1\r\nHost: x\r\nAuthorization: ${key}\r\nContent-Type: application/x-www-form-urlencoded\r\n${rest}`;
  expect(await sendRaw(raw)).toEqual({
    status: 400,
    body: omiseError('bad_request', messages.malformedRequest),
  });
  expect(await chargeCount()).toBe(before);
  // A body the client cut short reaches the app as an abort: a client's mistake, never an internal error.
  const journal = await sim.request('/_sim/requests', { headers: { authorization: key } });
  const statuses = ((await journal.json()) as { data: { status: number }[] }).data.map((r) => r.status);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
});

test('answers a lower-case method and a NUL in a header with a 400 Omise error', async () => {
  const expected = { status: 400, body: omiseError('bad_request', messages.malformedRequest) };
  expect(await sendRaw(`get /charges HTTP/1.1\r\nHost: x\r\nAuthorization: ${key}\r\n\r\n`)).toEqual(
    expected,
  );
  expect(await sendRaw(`GET /charges HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n`)).toEqual(expected);
});

test('answers headers over the server limit with a 431 Omise error', async () => {
  const raw = `GET /charges HTTP/1.1\r\nHost: x\r\nAuthorization: Basic ${'A'.repeat(70_000)}\r\n\r\n`;
  expect(await sendRaw(raw)).toEqual({
    status: 431,
    body: omiseError('request_header_fields_too_large', messages.requestHeadersTooLarge),
  });
});

test('answers CONNECT as an unknown route, and the server goes on serving', async () => {
  expect(await sendRaw(`CONNECT /charges HTTP/1.1\r\nHost: x\r\n\r\n`)).toEqual({
    status: 404,
    body: omiseError('not_found', messages.pathNotFound('CONNECT', '/charges')),
  });
  const response = await fetch(`http://127.0.0.1:${port}/charges`, {
    method: 'POST',
    headers: { authorization: key, 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  expect(response.status).toBe(200);
});
