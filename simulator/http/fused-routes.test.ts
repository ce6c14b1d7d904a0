import { type ErrorHandler, Hono, type MiddlewareHandler, type NotFoundHandler } from 'hono';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { FusingRouter } from './fused-routes.js';

const onError: ErrorHandler = (error, c) => c.text(`error: ${error.message}`, 500);
const notFound: NotFoundHandler = (c) => c.text(`no ${c.req.path}`, 404);

/** The same routes on Hono's own compose and on the fused routes: every request must be answered alike. */
function apps(define: (app: Hono) => void): Hono[] {
  const plain = new Hono();
  const router = new FusingRouter(new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] }), {
    onError,
    notFound,
  });
  const fused = new Hono({ router });
  for (const app of [plain, fused]) {
    app.onError(onError);
    app.notFound(notFound);
    define(app);
  }
  return [plain, fused];
}

async function answers(define: (app: Hono) => void, path: string) {
  const results = [];
  for (const app of apps(define)) {
    const response = await app.request(path);
    results.push({
      status: response.status,
      text: await response.text(),
      extra: response.headers.get('x-after'),
    });
  }
  return results;
}

const stamp: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('x-after', 'stamped');
};
const throwing: MiddlewareHandler = () => {
  throw new Error('in a middleware');
};
const rejecting: MiddlewareHandler = async () => {
  throw new Error('later in a middleware');
};
const nextTwice: MiddlewareHandler = async (_c, next) => {
  await next();
  await next();
};
const answersItself: MiddlewareHandler = async (c) => {
  c.res = c.text('from a middleware', 201);
};
const stopsSilently: MiddlewareHandler = async () => {};
const passes: MiddlewareHandler = (_c, next) => next();
const chainsOnNext: MiddlewareHandler = (c, next) =>
  next().then(() => {
    c.header('x-after', 'chained');
  });

const chains: Record<string, MiddlewareHandler[]> = {
  'nothing before the route': [],
  'a middleware that changes the answer after it': [stamp],
  'a middleware that throws': [stamp, throwing],
  'a middleware that rejects': [stamp, rejecting],
  'next called twice': [stamp, nextTwice],
  'a middleware that answers': [stamp, answersItself],
  'a middleware that ends without an answer': [stopsSilently],
  'middlewares that only pass': [passes, passes],
  'a middleware that chains on the promise next returns': [chainsOnNext, passes],
};

describe('fused routes answer as Hono compose does', () => {
  for (const [name, chain] of Object.entries(chains)) {
    test(name, async () => {
      for (const path of ['/items/7', '/items/7/route-throws', '/missing/7']) {
        const [plain, fused] = await answers((app) => {
          for (const middleware of chain) app.use('/items/:id/*', middleware);
          for (const middleware of chain) app.use('/missing/*', middleware);
          app.get('/items/:id', (c) => c.text(`item ${c.req.param('id')}`));
          app.get('/items/:id/route-throws', () => {
            throw new Error('in the route');
          });
          app.use('/items/*', async (c, next) => {
            await next();
            c.header('x-late', 'never before the route answers');
          });
        }, path);
        expect(fused, path).toEqual(plain);
      }
    });
  }

  test('a route reads its own parameters, whatever the middlewares before it name', async () => {
    const [plain, fused] = await answers((app) => {
      app.use('/a/:first/*', (_c, next) => next());
      app.get('/a/:id/b/:other', (c) => c.text(`${c.req.param('id')} ${c.req.param('other')}`));
    }, '/a/1/b/2');
    expect(fused).toEqual(plain);
    expect(fused?.text).toBe('1 2');
  });
});

test('a read that waits for nothing is answered in the turn it arrives', async () => {
  const sim = createSimulator({ seed: 1 });
  const headers = { authorization: `Basic ${Buffer.from('skey_test_turn:').toString('base64')}` };
  const created = await sim.request('/charges', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ amount: 2000, currency: 'THB', source: { type: 'promptpay' } }),
  });
  const { id } = (await created.json()) as { id: string };
  const answer = sim.app.fetch(new Request(`http://localhost/charges/${id}`, { headers }));
  expect(answer).toBeInstanceOf(Response);
  expect(((await answer) as Response).status).toBe(200);
  await sim.close();
});
