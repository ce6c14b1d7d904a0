import { Hono } from 'hono';
import { expect, test } from 'vitest';
import type { ObservedRequest } from '../logging/observed-request.js';
import type { AppEnv } from './app-env.js';
import { asMiddleware } from './fused-routes.js';
import { observeRequests } from './observe-requests.js';

function app(observed: ObservedRequest[] | null) {
  const routes = new Hono<AppEnv>();
  if (observed)
    routes.use(
      asMiddleware(
        observeRequests([{ wantsBodies: () => true, observe: (r) => observed.push(r) }], (message, error) => {
          throw new Error(`${message}: ${error}`);
        }),
      ),
    );
  routes.get('/plain', (c) => c.json({ object: 'charge', amount: 100, text: 'ไทย' }));
  routes.get('/status', (c) => {
    c.header('x-extra', '1');
    return c.json({ object: 'error' }, 404, { 'x-more': ['a', 'b'] });
  });
  routes.get('/typed', (c) =>
    c.json([1, 2], { status: 201, headers: { 'content-type': 'application/json; x=1' } }),
  );
  // A JSON answer made but not sent: observers get the one sent.
  routes.get('/replaced', (c) => {
    c.json({ ignored: true });
    return c.body('{"sent":true}', 200, { 'content-type': 'application/json' });
  });
  return routes;
}

async function answer(response: Response) {
  const headers: string[][] = [];
  response.headers.forEach((value, name) => {
    headers.push([name, value]);
  });
  return { status: response.status, headers, text: await response.text() };
}

test.each([
  '/plain',
  '/status',
  '/typed',
  '/replaced',
])('answers %s exactly as Hono does without observers, and hands observers the body it sent', async (path) => {
  const observed: ObservedRequest[] = [];
  const plain = await answer(await app(null).request(path));
  const watched = await answer(await app(observed).request(path));
  expect(watched).toEqual(plain);
  expect(observed[0]?.responseBody).toBe(plain.text);
});

test('gives every request the same c.json, not a closure each, and names the mistake of calling it detached', async () => {
  const seen: unknown[] = [];
  const routes = app([]);
  routes.get('/seen', (c) => {
    seen.push(c.json);
    return c.json({ object: 'charge' });
  });
  routes.get('/detached', (c) => {
    const { json } = c;
    return json({ object: 'charge' });
  });
  routes.onError((error, c) => c.text(error.message, 500));
  await routes.request('/seen');
  await routes.request('/seen');
  expect(seen).toHaveLength(2);
  expect(seen[0]).toBe(seen[1]);
  const detached = await routes.request('/detached');
  expect(detached.status).toBe(500);
  expect(await detached.text()).toBe(
    "call c.json(...) on the context: omise-sim's c.json is not bound to it",
  );
});
