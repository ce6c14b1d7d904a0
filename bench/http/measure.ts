import autocannon from 'autocannon';
import type { WebhookBacklog } from './webhook-backlog.js';
import { hasWrk, runWrk } from './wrk-load.js';

export type LoadGenerator = 'wrk' | 'autocannon';

/**
 * The load generator: wrk where it is installed (Debian's package `wrk`), else autocannon from the registry.
 * On this VM autocannon's one core tops out near 20k req/s, below what bare Hono answers (about 30k), so with
 * it the bare baseline is the generator's speed and every ratio to it reads high. `BENCH_LOAD=autocannon`
 * (or `wrk`) chooses.
 */
export const loadGenerator: LoadGenerator = chooseLoadGenerator(process.env.BENCH_LOAD);

function chooseLoadGenerator(wanted: string | undefined): LoadGenerator {
  if (wanted === 'autocannon') return 'autocannon';
  if (wanted === 'wrk' || wanted === undefined || wanted === '') {
    if (hasWrk()) return 'wrk';
    if (wanted === 'wrk') throw new Error('BENCH_LOAD=wrk, but wrk is not on the PATH (apt-get install wrk)');
    return 'autocannon';
  }
  throw new Error(`BENCH_LOAD must be wrk or autocannon, not ${wanted}`);
}

export interface Workload {
  readonly name: string;
  readonly connections: number;
  readonly method: 'GET' | 'POST';
  readonly path: (chargeId: string) => string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface Sample {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Requests answered in the run. */
  readonly requests: number;
  /** CPU time the system's process spent per request during the run, in µs (where /proc tells). */
  readonly cpuPerRequestUs?: number;
  /** The webhooks of a run of creates with webhooks on. */
  readonly backlog?: WebhookBacklog;
}

/**
 * Drives one workload from this process or its wrk (never the server's core) for `seconds`; every answer must
 * be a 200.
 */
export async function measure(
  url: string,
  chargeId: string,
  workload: Workload,
  seconds: number,
): Promise<Sample> {
  if (loadGenerator === 'wrk') return measureWithWrk(url, chargeId, workload, seconds);
  const result = await autocannon({
    url: `${url}${workload.path(chargeId)}`,
    connections: workload.connections,
    duration: seconds,
    method: workload.method,
    headers: workload.headers,
    body: workload.body,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `${workload.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
}

async function measureWithWrk(
  url: string,
  chargeId: string,
  workload: Workload,
  seconds: number,
): Promise<Sample> {
  const result = await runWrk({
    url: `${url}${workload.path(chargeId)}`,
    method: workload.method,
    headers: workload.headers,
    body: workload.body,
    connections: workload.connections,
    seconds,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.requests === 0)
    throw new Error(`${workload.name}: ${result.non2xx} non-2xx, ${result.errors} socket errors (wrk)`);
  return {
    requestsPerSecond: result.requestsPerSecond,
    p50: result.p50,
    p99: result.p99,
    requests: result.requests,
  };
}
