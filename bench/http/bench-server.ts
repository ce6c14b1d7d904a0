// One system under test, in a process of its own, started fresh for each round of `http-bench.ts`:
// `sim`, `sim-v8-defaults` (sim without the command line's V8 flag), `sim-webhooks <receiver url>`, `bare`
// (Hono + @hono/node-server answering the simulator's bytes), `bare-webhooks <receiver url>` (bare, plus one
// node:http keep-alive POST of a webhook body per create) or
// `floor` (bare, plus the least work a stateful mock does per request: see serveFloor).
// Prints `ready <url> <charge id>` once it listens on 127.0.0.1.

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { useServingV8Flags } from '../../simulator/cli/serving-v8-flags.js';
import { fromBuild } from '../from-build.js';
import { benchAuth, chargeBody, formHeaders } from './bench-requests.js';
import { webhookPoster } from './webhook-poster.js';

type Simulators = typeof import('../../simulator/index.js');

async function main(): Promise<void> {
  const [system, receiverUrl] = process.argv.slice(2);
  // As `omise-sim` runs: every system here, bare Hono too, runs on the same V8 flags as the command line,
  // except `sim-v8-defaults`: the simulator served as a library user's process serves it, on V8's defaults.
  if (system !== 'sim-v8-defaults') useServingV8Flags();
  // The simulator as users run it: the build in dist/, not the sources under tsx (see fromBuild).
  const { createSimulator } = await fromBuild<Simulators>(
    '../dist/simulator/index.js',
    () => import('../../simulator/index.js'),
  );
  // BENCH_WEBHOOK_BUSY_RATE: another busy rate than the default, or `off` (webhooks never yield to the API, as
  // before issue 15), for a comparison.
  const rate = process.env.BENCH_WEBHOOK_BUSY_RATE;
  const busyRate = rate === undefined ? undefined : rate === 'off' ? ('off' as const) : Number(rate);
  // BENCH_WEBHOOK_BUSY_TIME_SHARE: another share of the loop's time for webhooks while the API is busy.
  const share = process.env.BENCH_WEBHOOK_BUSY_TIME_SHARE;
  const busyTimeShare = share === undefined ? undefined : Number(share);
  const webhooks = system?.endsWith('-webhooks') ? { url: receiverUrl, busyRate, busyTimeShare } : undefined;
  const sim = createSimulator({ seed: 1, webhooks });
  const created = await sim.request('/charges', { method: 'POST', headers: formHeaders, body: chargeBody });
  const sample = await created.text();
  const chargeId = (JSON.parse(sample) as { id: string }).id;
  const retrieved = await (await sim.request(`/charges/${chargeId}`, { headers: benchAuth })).text();
  if (system === 'bare' || system === 'bare-webhooks' || system === 'floor') {
    const webhook = system === 'bare-webhooks' ? await webhookPoster(sim, receiverUrl ?? '') : undefined;
    await sim.close();
    const url = await (system === 'floor' ? serveFloor(sample) : serveBare(sample, retrieved, webhook));
    console.log(`ready ${url} ${chargeId}`);
    return;
  }
  const server = await sim.listen({ port: 0, host: '127.0.0.1' });
  console.log(`ready ${server.url} ${chargeId}`);
}

/** The limit of the stack: the same routes and the same bytes, with no work behind them. */
function serveBare(created: string, retrieved: string, webhook?: () => void): Promise<string> {
  const app = new Hono();
  app.get('/charges/:id', (c) => c.body(retrieved, 200, { 'content-type': 'application/json' }));
  app.post('/charges', async (c) => {
    await c.req.text();
    webhook?.();
    return c.body(created, 200, { 'content-type': 'application/json' });
  });
  return new Promise((resolve) => {
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
}

/**
 * The floor of a stateful mock on this stack: bare Hono plus what no simulator can skip. A create parses its
 * form, makes a charge (the simulator's first one, with a new id, amount and time), keeps it in a Map and
 * writes its JSON, kept for reads; a retrieve finds a charge and answers its kept JSON. No keys, validation,
 * events, clock, journal or errors: what it costs against bare Hono is the part of the gap no simulator closes.
 */
function serveFloor(created: string): Promise<string> {
  const template = JSON.parse(created) as Record<string, unknown>;
  const texts = new Map<string, string>([[template.id as string, created]]);
  let made = 0;
  const app = new Hono();
  app.get('/charges/:id', (c) => {
    const text = texts.get(c.req.param('id'));
    if (text === undefined) return c.body('{"object":"error","code":"not_found"}', 404);
    return c.body(text, 200, { 'content-type': 'application/json' });
  });
  app.post('/charges', async (c) => {
    const params = new URLSearchParams(await c.req.text());
    const id = `chrg_test_floor${(made++).toString(36).padStart(14, '0')}`;
    const charge = {
      ...template,
      id,
      amount: Number(params.get('amount')),
      currency: params.get('currency'),
      created_at: new Date().toISOString(),
    };
    const text = JSON.stringify(charge);
    texts.set(id, text);
    return c.body(text, 200, { 'content-type': 'application/json' });
  });
  return new Promise((resolve) => {
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
