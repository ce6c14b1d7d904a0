import { Hono } from 'hono';
import { expect, test } from 'vitest';
import type { ObservedRequest } from '../logging/observed-request.js';
import { answerJson } from './answer-json.js';
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

test("leaves Hono's own c.json as it is, detached calls included, and hands observers answerJson's text", async () => {
  const observed: ObservedRequest[] = [];
  const routes = app(observed);
  routes.get('/detached', (c) => {
    const { json } = c;
    return json({ object: 'charge', detached: true });
  });
  routes.get('/ours', (c) => answerJson(c, { object: 'charge', ours: true }, 201));
  const detached = await routes.request('/detached');
  expect(detached.status).toBe(200);
  expect(await detached.text()).toBe('{"object":"charge","detached":true}');
  const ours = await routes.request('/ours');
  expect(ours.status).toBe(201);
  expect(ours.headers.get('content-type')).toBe('application/json');
  expect(await ours.text()).toBe('{"object":"charge","ours":true}');
  expect(observed.map((request) => request.responseBody)).toEqual([
    '{"object":"charge","detached":true}',
    '{"object":"charge","ours":true}',
  ]);
});
