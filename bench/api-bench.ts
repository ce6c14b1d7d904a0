import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createSimulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';
import { measureThroughput } from './load.js';

const REQUESTS = 4000;
const CONCURRENCY = 16;
const auth = { authorization: `Basic ${Buffer.from('skey_test_bench:').toString('base64')}` };
const form = { ...auth, 'content-type': 'application/x-www-form-urlencoded' };
const chargeBody =
  'amount=150000&currency=THB&source[type]=wechat_pay_upm&source[barcode]=130991292552725093';

/** Charge create and retrieve over HTTP, next to a bare Hono route returning a static charge of the same size. */
export async function apiBench(): Promise<BenchResult[]> {
  const sim = createSimulator({ seed: 1 });
  const server = await sim.listen({ port: 0 });
  const sample = await (
    await fetch(`${server.url}/charges`, { method: 'POST', headers: form, body: chargeBody })
  ).text();
  const bare = await serveStatic(sample);
  try {
    const chargeId = (JSON.parse(sample) as { id: string }).id;
    const baselineGet = await measureThroughput(REQUESTS, CONCURRENCY, () => fetch(`${bare.url}/charges/x`));
    const baselinePost = await measureThroughput(REQUESTS, CONCURRENCY, () =>
      fetch(`${bare.url}/charges`, { method: 'POST', headers: form, body: chargeBody }),
    );
    const retrieve = await measureThroughput(REQUESTS, CONCURRENCY, () =>
      fetch(`${server.url}/charges/${chargeId}`, { headers: auth }),
    );
    const create = await measureThroughput(REQUESTS, CONCURRENCY, () =>
      fetch(`${server.url}/charges`, { method: 'POST', headers: form, body: chargeBody }),
    );
    const heap = await heapPerCharge();
    return [
      { name: 'bare Hono: GET static charge', value: baselineGet, unit: 'req/s' },
      { name: 'bare Hono: POST, static charge back', value: baselinePost, unit: 'req/s' },
      {
        name: 'omise-sim: GET /charges/:id',
        value: retrieve,
        unit: 'req/s',
        baseline: 'bare Hono: GET static charge',
      },
      {
        name: 'omise-sim: POST /charges',
        value: create,
        unit: 'req/s',
        baseline: 'bare Hono: POST, static charge back',
      },
      { name: 'omise-sim: heap per stored charge', value: heap, unit: 'bytes' },
    ];
  } finally {
    await bare.close();
    await sim.close();
  }
}

function serveStatic(charge: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = new Hono();
  app.get('/charges/:id', (c) => c.body(charge, 200, { 'content-type': 'application/json' }));
  app.post('/charges', async (c) => {
    await c.req.text();
    return c.body(charge, 200, { 'content-type': 'application/json' });
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/** Heap growth per charge kept in memory, created in-process (no HTTP), averaged over many charges. */
async function heapPerCharge(): Promise<number> {
  const count = 20000;
  const sim = createSimulator({ seed: 2 });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) {
    await sim.request('/charges', { method: 'POST', headers: form, body: chargeBody });
  }
  gc?.();
  const after = process.memoryUsage().heapUsed;
  await sim.close();
  return Math.round((after - before) / count);
}
