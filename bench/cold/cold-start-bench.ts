import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '../bench-result.js';
import { type Launch, timeToFirst200 } from './time-to-first-200.js';

const RUNS = 5;
const root = fileURLToPath(new URL('../../', import.meta.url));
const BARE = 'cold start, spawn to first 200: bare Hono (node, plain JS)';
const SIM = 'cold start, spawn to first 200: omise-sim (node dist/simulator/cli/main.js)';

/** The bare Hono + @hono/node-server app, started with `node` from the repository. */
export const bareHono: Launch = {
  command: process.execPath,
  args: ['bench/cold/bare-hono-app.mjs'],
  cwd: root,
};

/**
 * Spawn to the first 200 of `GET /charges` on 127.0.0.1, omise-sim built (as `npm start` runs it) next
 * to a bare Hono app, taking turns; the median of the runs, with min and max in the unit column.
 */
export async function coldStartBench(): Promise<BenchResult[]> {
  spawnSync(process.execPath, ['packaging/build-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
  const sim: Launch = {
    command: process.execPath,
    args: ['dist/simulator/cli/main.js', '--port'],
    cwd: root,
  };
  const times = await takeTurns([bareHono, sim], RUNS);
  return [medianOf(BARE, times[0] ?? []), { ...medianOf(SIM, times[1] ?? []), baseline: BARE }];
}

/** Each launch's times to the first 200, the launches taking turns run after run. */
export async function takeTurns(launches: readonly Launch[], runs: number): Promise<number[][]> {
  const times = launches.map(() => [] as number[]);
  for (let run = 0; run < runs; run++)
    for (const [index, launch] of launches.entries()) times[index]?.push(await timeToFirst200(launch));
  return times;
}

/** The median, min and max in the unit column. */
export function medianOf(name: string, ms: number[]): BenchResult {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const range = `ms (${Math.round(sorted[0] ?? NaN)}-${Math.round(sorted.at(-1) ?? NaN)})`;
  return { name, value: median, unit: range };
}
