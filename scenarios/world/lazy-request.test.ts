import { Hono } from 'hono';
import { expect, test } from 'vitest';
import { lazyRequest } from './lazy-request.js';

const init = { method: 'post', headers: { 'X-Shop': 'pos 1' }, body: '{"amount":100}' };

async function seen(request: Request) {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { method: request.method, url: request.url, headers, text: await request.text() };
}

test('reads as the Request made of the same URL and init', async () => {
  const url = 'http://merchant.invalid/orders/a b?x=1';
  expect(await seen(lazyRequest(url, init))).toEqual(await seen(new Request(url, init)));
  expect(await seen(lazyRequest(url))).toEqual(await seen(new Request(url)));
  expect(lazyRequest(url, { method: 'purge' }).method).toBe(new Request(url, { method: 'purge' }).method);
});

test('is a Request, and what it does not serve itself comes from a real one', async () => {
  const request = lazyRequest('http://merchant.invalid/checkout', init);
  expect(request).toBeInstanceOf(Request);
  expect(request.signal).toBeInstanceOf(AbortSignal);
  expect(request.redirect).toBe('follow');
  expect(await request.clone().json()).toEqual({ amount: 100 });
  expect(await new Request(request).text()).toBe('{"amount":100}');
});

test('gives its body once, as a Request does', async () => {
  const request = lazyRequest('http://merchant.invalid/checkout', init);
  expect(request.bodyUsed).toBe(false);
  expect(await request.json()).toEqual({ amount: 100 });
  expect(request.bodyUsed).toBe(true);
  await expect(request.text()).rejects.toThrow(TypeError);
});

test('throws for a GET with a body, a forbidden or a malformed method, as a Request does', () => {
  expect(() => lazyRequest('http://merchant.invalid/', { method: 'GET', body: 'x' })).toThrow(TypeError);
  expect(() => lazyRequest('http://merchant.invalid/', { method: 'TRACE' })).toThrow(TypeError);
  expect(() => lazyRequest('http://merchant.invalid/', { method: 'GET /' })).toThrow(TypeError);
});

test('reaches a Hono app as a Request does', async () => {
  const app = new Hono();
  app.post('/checkout/:id', async (c) =>
    c.json({ id: c.req.param('id'), body: await c.req.json(), shop: c.req.header('x-shop') }),
  );
  const url = 'http://merchant.invalid/checkout/7';
  const lazy = await app.fetch(lazyRequest(url, init));
  const real = await app.fetch(new Request(url, init));
  expect(lazy.status).toBe(real.status);
  expect(await lazy.text()).toBe(await real.text());
});
