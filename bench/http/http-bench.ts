// The API over HTTP, measured honestly: autocannon drives from this process, each system runs in a fresh
// process of its own, systems take turns round by round (so a busy moment of the shared machine hits all
// of them), and each figure is the median of the rounds with its min and max.
import { benchAuth, chargeBody, formHeaders } from './bench-requests.js';
import { measure, type Sample, type Workload } from './measure.js';
import { spawnServer } from './spawn-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const create = (connections: number): Workload => ({
  name: `POST /charges c=${connections}`,
  connections,
  method: 'POST',
  path: () => '/charges',
  headers: formHeaders,
  body: chargeBody,
});
const retrieve = (connections: number): Workload => ({
  name: `GET /charges/:id c=${connections}`,
  connections,
  method: 'GET',
  path: (id) => `/charges/${id}`,
  headers: benchAuth,
});

export const systems = ['bare Hono', 'omise-sim', 'omise-sim, webhooks on'] as const;
export type System = (typeof systems)[number];
export const workloads = [create(1), create(50), retrieve(1), retrieve(50)];
const runs: Record<System, readonly Workload[]> = {
  'bare Hono': workloads,
  'omise-sim': workloads,
  'omise-sim, webhooks on': [create(1), create(50)],
};

export type HttpResults = Map<string, Sample[]>;

export async function httpBench(): Promise<HttpResults> {
  const results: HttpResults = new Map();
  const receiver = await spawnServer('webhook-receiver.ts');
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = systems.map((_, i) => systems[(i + round) % systems.length] as System);
      for (const system of order) await runSystem(system, receiver.url, results);
    }
  } finally {
    await receiver.stop();
  }
  return results;
}

async function runSystem(system: System, receiverUrl: string, results: HttpResults): Promise<void> {
  const args =
    system === 'bare Hono' ? ['bare'] : system === 'omise-sim' ? ['sim'] : ['sim-webhooks', receiverUrl];
  const server = await spawnServer('bench-server.ts', args);
  try {
    await measure(server.url, server.chargeId, create(10), 1); // warm-up, not counted
    for (const workload of runs[system]) {
      const sample = await measure(server.url, server.chargeId, workload, SECONDS);
      const key = `${workload.name}|${system}`;
      results.set(key, [...(results.get(key) ?? []), sample]);
    }
  } finally {
    await server.stop();
  }
}
