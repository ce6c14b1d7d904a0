import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '../bench-result.js';

const RUNS = 5;
const GIVE_UP_MS = 10_000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const auth = { authorization: `Basic ${Buffer.from('skey_test_coldstart:').toString('base64')}` };
const BARE = 'cold start, spawn to first 200: bare Hono (node, plain JS)';
const SIM = 'cold start, spawn to first 200: omise-sim (node dist/simulator/cli/main.js)';

/**
 * Spawn to the first 200 of `GET /charges` on 127.0.0.1, omise-sim built (as `npm start` runs it) next
 * to a bare Hono app, taking turns; the median of the runs, with min and max in the unit column.
 */
export async function coldStartBench(): Promise<BenchResult[]> {
  spawnSync(process.execPath, ['packaging/build-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
  const times = { bare: [] as number[], sim: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    times.bare.push(await timeToFirst200(['bench/cold/bare-hono-app.mjs']));
    times.sim.push(await timeToFirst200(['dist/simulator/cli/main.js', '--port']));
  }
  return [result(BARE, times.bare), { ...result(SIM, times.sim), baseline: BARE }];
}

function result(name: string, ms: number[]): BenchResult {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const range = `ms (${Math.round(sorted[0] ?? NaN)}-${Math.round(sorted.at(-1) ?? NaN)})`;
  return { name, value: median, unit: range };
}

async function timeToFirst200(args: readonly string[]): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...args, String(port)], { cwd: root, stdio: 'ignore' });
  try {
    while (performance.now() - started < GIVE_UP_MS) {
      if (await answers200(`http://127.0.0.1:${port}/charges`)) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error(`${args[0]} gave no 200 within ${GIVE_UP_MS} ms`);
  } finally {
    await stop(child);
  }
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { headers: auth });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}
