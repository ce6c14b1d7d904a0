import { createSimulator, type Simulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';

const CHARGES = 2000;
const headers = {
  authorization: `Basic ${Buffer.from('skey_test_statebench:').toString('base64')}`,
  'content-type': 'application/json',
};

/**
 * Seeded histories and snapshots, in-process: charges seeded per second against charges made one by one
 * through POST /charges; export and import of the account against a bare JSON round trip of the same file.
 */
export async function snapshotBench(): Promise<BenchResult[]> {
  const made = await chargesPerSecondThroughApi();
  const sim = createSimulator({ seed: 5, log: () => {} });
  const copy = createSimulator({ seed: 6, log: () => {} });
  try {
    const seeded = await timed(() =>
      send(sim, 'POST', '/_sim/seed', JSON.stringify({ days: 30, count: CHARGES })),
    );
    const exported = await timed(() => send(sim, 'GET', '/_sim/snapshot'));
    const file = exported.value;
    const bare = await timed(async () => JSON.stringify(JSON.parse(file)));
    const imported = await timed(() => send(copy, 'PUT', '/_sim/snapshot', file));
    return [
      { name: 'POST /charges, one by one', value: made, unit: 'charges/s' },
      {
        name: `POST /_sim/seed (${CHARGES} charges, 30 days)`,
        value: CHARGES / (seeded.ms / 1000),
        unit: 'charges/s',
        baseline: 'POST /charges, one by one',
      },
      { name: 'JSON parse + stringify of the snapshot', value: bare.ms, unit: 'ms' },
      {
        name: 'GET /_sim/snapshot (export)',
        value: exported.ms,
        unit: 'ms',
        baseline: 'JSON parse + stringify of the snapshot',
      },
      {
        name: 'PUT /_sim/snapshot (check + import)',
        value: imported.ms,
        unit: 'ms',
        baseline: 'JSON parse + stringify of the snapshot',
      },
      { name: 'snapshot size per charge', value: Buffer.byteLength(file) / CHARGES, unit: 'bytes' },
    ];
  } finally {
    await Promise.all([sim.close(), copy.close()]);
  }
}

async function chargesPerSecondThroughApi(): Promise<number> {
  const sim = createSimulator({ seed: 4, log: () => {} });
  const body = JSON.stringify({ amount: 150000, currency: 'THB', source: { type: 'wechat_pay_mpm' } });
  try {
    const { ms } = await timed(async () => {
      for (let i = 0; i < CHARGES / 4; i++) await send(sim, 'POST', '/charges', body);
    });
    return CHARGES / 4 / (ms / 1000);
  } finally {
    await sim.close();
  }
}

async function send(sim: Simulator, method: string, path: string, body?: string): Promise<string> {
  const response = await sim.request(path, { method, headers, body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  return text;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}
