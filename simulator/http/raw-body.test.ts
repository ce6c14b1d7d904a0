import { request } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type RunningServer } from '../create-simulator.js';
import { messages } from '../errors/messages.js';

const MAX = 64 * 1024;
const sim = createSimulator({ log: () => {}, limits: { maxBodyBytes: MAX } });
let server: RunningServer;
beforeAll(async () => {
  server = await sim.listen({ port: 0 });
});
afterAll(() => sim.close());

interface Sent {
  status: number;
  body: Record<string, unknown>;
  /** Bytes the client had written when the answer came. */
  written: number;
}

/** POSTs `total` bytes in 16 KiB chunks, stopping as soon as an answer arrives. */
function upload(
  total: number,
  options: { chunked: boolean; method?: string; key?: string | null },
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/x-www-form-urlencoded' };
    const key = options.key === undefined ? 'skey_test_body' : options.key;
    if (key !== null) headers.authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    // Node's client frames a GET body only when told to.
    if (options.chunked) headers['transfer-encoding'] = 'chunked';
    else headers['content-length'] = total;
    const req = request(`${server.url}/charges`, { method: options.method ?? 'POST', headers });
    let written = 0;
    let answered = false;
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const writeMore = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', writeMore);
      }
      if (!answered) req.end();
    };
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.on('data', (data) => {
        text += data;
      });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), written });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    writeMore();
  });
}

const tooLarge = { object: 'error', code: 'request_entity_too_large', message: messages.bodyTooLarge(MAX) };

test('refuses a body whose Content-Length is over the limit before reading it', async () => {
  const sent = await upload(100 * 1024 * 1024, { chunked: false });
  expect(sent.status).toBe(413);
  expect(sent.body).toEqual({ ...tooLarge, location: expect.any(String) });
  expect(sent.written).toBeLessThan(100 * 1024 * 1024);
});

test('refuses a chunked body as soon as it passes the limit', async () => {
  const sent = await upload(100 * 1024 * 1024, { chunked: true });
  expect(sent.status).toBe(413);
  expect(sent.body).toMatchObject(tooLarge);
  expect(sent.written).toBeLessThan(100 * 1024 * 1024);
});

test('refuses an over-long chunked GET body too, and keeps serving', async () => {
  const sent = await upload(4 * MAX, { chunked: true, method: 'GET' });
  expect(sent.status).toBe(413);
  expect(sent.body).toMatchObject(tooLarge);
  const capability = await fetch(`${server.url}/capability`, {
    headers: { authorization: `Basic ${Buffer.from('skey_test_body:').toString('base64')}` },
  });
  expect(capability.status).toBe(200);
});

test('reads a body right at the limit, then checks what it says', async () => {
  const sent = await upload(MAX, { chunked: true });
  expect(sent.status).toBe(400);
  expect(sent.body).toMatchObject({ code: 'bad_request', message: messages.keyTooLong(1024) });
});

test('answers a keyless upload with a 401 without reading its body', async () => {
  const sent = await upload(100 * 1024 * 1024, { chunked: true, key: null });
  expect(sent.status).toBe(401);
  expect(sent.body).toMatchObject({ object: 'error', code: 'authentication_failure' });
  expect(sent.written).toBeLessThan(100 * 1024 * 1024);
});
