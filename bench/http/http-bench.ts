// The API over HTTP, measured honestly: wrk (or autocannon, see measure.ts) drives from this process's core,
// each system runs in a fresh process of its own, systems take turns round by round (so a busy moment of the
// shared machine hits all of them), and each figure is the median of the rounds with its min and max.
import { benchAuth, chargeBody, formHeaders, peerAuth, peerChargeBody } from './bench-requests.js';
import { installPeer, PEER_PACKAGE } from './install-peer.js';
import { measure, type Sample, type Workload } from './measure.js';
import { withLoadGeneratorPinned } from './pin-cores.js';
import { type SpawnedServer, spawnServer } from './spawn-server.js';
import { waitForWebhooks, webhookBacklog, webhookStatus } from './webhook-backlog.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Each workload runs this long, uncounted, before a round measures: a fresh process runs code V8 has not
// optimized yet (omise-sim's create cost ~850 µs of CPU in its first second, ~180 from the second on).
const WARM_UP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);

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

/** The same workloads in the peer's terms (Stripe's paths and a card token), under the same names. */
const peer = (workload: Workload): Workload => ({
  ...workload,
  path: (id) => `/v1${workload.path(id)}`,
  headers:
    workload.method === 'POST' ? { ...peerAuth, 'content-type': formHeaders['content-type'] } : peerAuth,
  body: workload.method === 'POST' ? peerChargeBody : undefined,
});

/** The least a stateful mock does per request on this stack (bench-server.ts, serveFloor). */
export const FLOOR = 'floor: bare Hono + parse, keep, JSON';
/** omise-sim served from a process that keeps V8's defaults, as `createSimulator` + `sim.listen` in yours. */
export const V8_DEFAULTS = 'omise-sim, V8 defaults (library)';

export const systems = [
  'bare Hono',
  FLOOR,
  'bare Hono + webhook POST',
  'omise-sim',
  V8_DEFAULTS,
  'omise-sim, webhooks on',
  PEER_PACKAGE,
] as const;
export type System = (typeof systems)[number];
export const workloads = [create(1), create(50), retrieve(1), retrieve(50)];
const runs: Record<System, readonly Workload[]> = {
  'bare Hono': workloads,
  [FLOOR]: [create(50), retrieve(50)],
  // The limit of webhooks on this stack: bare Hono doing one node:http keep-alive POST per create.
  'bare Hono + webhook POST': [create(1), create(50)],
  'omise-sim': workloads,
  // Without the command's V8 flag: what a library user serving load gets (README › Configuration). The same
  // workloads as omise-sim's, in the same order, so that its retrieves find a store of the same size.
  [V8_DEFAULTS]: workloads,
  'omise-sim, webhooks on': [create(1), create(50)],
  [PEER_PACKAGE]: workloads.map(peer),
};

export type HttpResults = Map<string, Sample[]>;

export function httpBench(): Promise<HttpResults> {
  return withLoadGeneratorPinned(measureAll);
}

async function measureAll(): Promise<HttpResults> {
  const results: HttpResults = new Map();
  // The receiver stands for the merchant's server: beside the load generator, off the system's core.
  const receiver = await spawnServer('webhook-receiver.ts', [], 'load');
  const peerFolder = await installPeer();
  const present = systems.filter((system) => system !== PEER_PACKAGE || peerFolder !== null);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = present.map((_, i) => present[(i + round) % present.length] as System);
      for (const system of order)
        await runSystem(system, startSystem(system, receiver.url, peerFolder), results);
    }
  } finally {
    await receiver.stop();
  }
  return results;
}

/** A fresh process for one round of `system`. */
function startSystem(system: System, receiverUrl: string, peerFolder: string | null): Promise<SpawnedServer> {
  if (system === PEER_PACKAGE) return spawnServer('peer-server.ts', [peerFolder ?? ''], 'server');
  const args = {
    'bare Hono': ['bare'],
    [FLOOR]: ['floor'],
    'bare Hono + webhook POST': ['bare-webhooks', receiverUrl],
    'omise-sim': ['sim'],
    [V8_DEFAULTS]: ['sim-v8-defaults'],
    'omise-sim, webhooks on': ['sim-webhooks', receiverUrl],
  }[system];
  return spawnServer('bench-server.ts', args, 'server');
}

/**
 * A run of creates with webhooks on, starting with none pending (the previous run's are waited for), then
 * what became of its webhooks: delivered during the load, and how long the rest took once it stopped.
 */
async function measureWithWebhooks(server: SpawnedServer, workload: Workload): Promise<Sample> {
  await waitForWebhooks(server.url);
  const before = await webhookStatus(server.url);
  const sample = await measureCpu(server, workload);
  return { ...sample, backlog: await webhookBacklog(server.url, before, sample.requests, SECONDS) };
}

/** One run, with the CPU time the system's process spent per request while it ran. */
async function measureCpu(server: SpawnedServer, workload: Workload): Promise<Sample> {
  const cpuBefore = server.cpuUs();
  const sample = await measure(server.url, server.chargeId, workload, SECONDS);
  const cpuAfter = server.cpuUs();
  if (cpuBefore === undefined || cpuAfter === undefined || sample.requests === 0) return sample;
  return { ...sample, cpuPerRequestUs: (cpuAfter - cpuBefore) / sample.requests };
}

async function runSystem(
  system: System,
  starting: Promise<SpawnedServer>,
  results: HttpResults,
): Promise<void> {
  const server = await starting;
  try {
    // Warm-up, not counted: every path the round measures, each at its own concurrency.
    for (const workload of runs[system])
      await measure(server.url, server.chargeId, workload, WARM_UP_SECONDS);
    for (const workload of runs[system]) {
      const sample = await (system === 'omise-sim, webhooks on'
        ? measureWithWebhooks(server, workload)
        : measureCpu(server, workload));
      const key = `${workload.name}|${system}`;
      results.set(key, [...(results.get(key) ?? []), sample]);
    }
  } finally {
    await server.stop();
  }
}
