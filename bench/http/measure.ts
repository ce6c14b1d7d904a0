import autocannon from 'autocannon';
import type { WebhookBacklog } from './webhook-backlog.js';

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

/** Drives one workload from this process (never the server's) for `seconds`; every answer must be a 200. */
export async function measure(
  url: string,
  chargeId: string,
  workload: Workload,
  seconds: number,
): Promise<Sample> {
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
