// QR documents over HTTP, from a simulator in a process of its own on 127.0.0.1: the server's first PNG
// (which loads the encoder), first and cached downloads (SVG and PNG), then a burst of 50 new PNGs at once
// while a POS polls its charge, five times over: one burst gives about a hundred polls, so its p99 would be
// its slowest one or two, and a single pause of the server would decide it.
import { Agent, get } from 'node:http';
import type { BenchResult } from '../bench-result.js';
import { benchAuth, formHeaders } from './bench-requests.js';
import { spawnServer } from './spawn-server.js';

const DOCUMENTS = 20;
const BURST = 50;
const BURST_ROUNDS = 5;
const POLL_IDLE_MS = 1000;
const POLL_QUIET = 'POS polling GET /charges/:id, nothing else running: p99';

export async function qrHttpBench(): Promise<BenchResult[]> {
  const server = await spawnServer('bench-server.ts', ['sim']);
  try {
    const [warmup = ''] = await createQrCharges(server.url, 1);
    const loadStart = performance.now();
    await download(`${warmup}?format=png`);
    const encoderLoad = performance.now() - loadStart;
    const svg = await firstAndCached(server.url, '');
    const png = await firstAndCached(server.url, '?format=png');
    const quiet = await pollWhile(server.url, server.chargeId, sleep(POLL_IDLE_MS));
    const busy: number[] = [];
    const lastPngs: number[] = [];
    for (let round = 0; round < BURST_ROUNDS; round++) {
      const burstUris = await createQrCharges(server.url, BURST);
      const started = performance.now();
      const burst = Promise.all(burstUris.map((uri) => download(`${uri}?format=png`)));
      busy.push(...(await pollWhile(server.url, server.chargeId, burst)));
      lastPngs.push(performance.now() - started);
    }
    const lastPng = percentile(lastPngs, 0.5);
    return [
      { name: "QR PNG over HTTP: the server's first (loads the encoder)", value: encoderLoad, unit: 'ms' },
      { name: 'QR SVG over HTTP: first download', value: svg.first, unit: 'ms/doc' },
      { name: 'QR SVG over HTTP: cached download', value: svg.cached, unit: 'ms/doc' },
      { name: 'QR PNG over HTTP: first download', value: png.first, unit: 'ms/doc' },
      { name: 'QR PNG over HTTP: cached download', value: png.cached, unit: 'ms/doc' },
      {
        name: `QR PNG over HTTP: burst of ${BURST} new PNGs at once, the last`,
        value: lastPng,
        unit: `ms (median of ${BURST_ROUNDS} bursts)`,
      },
      { name: POLL_QUIET, value: percentile(quiet, 0.99), unit: `ms (${quiet.length} polls)` },
      {
        name: `POS polling GET /charges/:id during the bursts: p99`,
        value: percentile(busy, 0.99),
        unit: `ms (${busy.length} polls, max ${percentile(busy, 1).toFixed(1)})`,
        baseline: POLL_QUIET,
      },
    ];
  } finally {
    await server.stop();
  }
}

async function firstAndCached(url: string, query: string) {
  const uris = await createQrCharges(url, DOCUMENTS);
  const firstStart = performance.now();
  for (const uri of uris) await download(uri + query);
  const first = (performance.now() - firstStart) / uris.length;
  const cachedStart = performance.now();
  for (const uri of uris) await download(uri + query);
  return { first, cached: (performance.now() - cachedStart) / uris.length };
}

async function createQrCharges(url: string, count: number): Promise<string[]> {
  const uris: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = `amount=${3000 + i * 991}&currency=THB&source[type]=wechat_pay_mpm`;
    const response = await fetch(`${url}/charges`, { method: 'POST', headers: formHeaders, body });
    const charge = (await response.json()) as {
      source: { scannable_code: { image: { download_uri: string } } };
    };
    uris.push(charge.source.scannable_code.image.download_uri);
  }
  return uris;
}

async function download(uri: string): Promise<void> {
  const response = await fetch(uri);
  if (response.status !== 200) throw new Error(`GET ${uri}: ${response.status}`);
  await response.arrayBuffer();
}

/**
 * One poll after another until `until` settles: the latency of each, in ms. The POS is a client of its
 * own, one keep-alive connection: through `fetch`'s pool, shared with the burst's downloads, a poll could
 * wait in the client for a connection behind the burst's requests (1 poll in 0.7 s), whatever the server did.
 */
async function pollWhile(url: string, chargeId: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  const finished = until.finally(() => {
    done = true;
  });
  const pos = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    await posGet(pos, `${url}/charges/${chargeId}`);
    latencies.push(performance.now() - started);
  }
  pos.destroy();
  await finished;
  return latencies;
}

function posGet(agent: Agent, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers: benchAuth }, (response) => {
      response.resume().on('end', resolve).on('error', reject);
    }).on('error', reject);
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
