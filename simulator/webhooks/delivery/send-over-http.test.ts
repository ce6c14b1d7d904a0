import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sendWebhook, type WebhookRequest } from './send-webhook.js';

let server: Server;
let base = '';
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers);
    request.resume();
    request.on('end', () => {
      if (request.url === '/gzip') {
        response.writeHead(200, { 'content-encoding': 'gzip' });
        response.end(gzipSync('compressed thanks'));
      } else if (request.url === '/thai') {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('ไทย'.repeat(1000));
      } else if (request.url === '/fail') {
        response.writeHead(500).end('x'.repeat(1500));
      } else response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = (path: string, fetcher?: typeof fetch): WebhookRequest => ({
  url: `${base}${path}`,
  body: '{"key":"charge.create"}',
  headers: { 'Content-Type': 'application/json', 'User-Agent': 'omise-sim webhooks' },
  timeoutMs: 5000,
  fetch: fetcher,
});

test.each(['/ok', '/gzip', '/fail', '/thai'])('answers %s as the fetch path does', async (path) => {
  const overHttp = await sendWebhook(request(path));
  const overFetch = await sendWebhook(request(path, (input, init) => fetch(input, init)));
  expect({ ...overHttp, durationMs: 0 }).toEqual({ ...overFetch, durationMs: 0 });
});

test('sends the headers the fetch path sent', async () => {
  seen.length = 0;
  await sendWebhook(request('/ok'));
  await sendWebhook(request('/ok', (input, init) => fetch(input, init)));
  const names = (headers: IncomingHttpHeaders | undefined) =>
    Object.keys(headers ?? {})
      .filter((name) => name !== 'connection')
      .sort();
  expect(names(seen[0])).toEqual(names(seen[1]));
  expect(seen[0]?.['user-agent']).toBe('omise-sim webhooks');
});

test('says the connection failed, as the fetch path does, when nothing listens', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const overHttp = await sendWebhook({ ...request(''), url });
  const overFetch = await sendWebhook({ ...request(''), url, fetch: (input, init) => fetch(input, init) });
  expect(overHttp.error).toBe(overFetch.error);
  expect(overHttp.error).toMatch(/^connection failed: .*ECONNREFUSED/);
});

test('gives up when the simulator closes', async () => {
  const controller = new AbortController();
  controller.abort();
  expect((await sendWebhook({ ...request('/ok'), signal: controller.signal })).error).toBe(
    'cancelled: the simulator was closed',
  );
});

test('sends the credentials of a user:password@ URL as basic auth, as node:http does', async () => {
  seen.length = 0;
  await sendWebhook({ ...request('/ok'), url: base.replace('://', '://shop:s%40cret@') });
  expect(seen[0]?.authorization).toBe(`Basic ${Buffer.from('shop:s@cret').toString('base64')}`);
  expect(seen[0]?.host).toBe(new URL(base).host);
});
