import { type HttpResults, workloads } from './http-bench.js';
import { PEER_PACKAGE } from './install-peer.js';
import type { Sample } from './measure.js';

interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** One markdown table: req/s (median, min-max), p50 and p99 in ms, and the ratios to bare Hono. */
export function formatHttpResults(results: HttpResults): string[] {
  const lines = [
    '| workload | system | req/s median (min-max) | p50 ms | p99 ms | req/s vs bare Hono | p99 vs bare Hono |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [key, samples] of results) {
    const [workload = '', system = ''] = key.split('|');
    const bare = results.get(`${workload}|bare Hono`);
    const rps = spread(samples, (s) => s.requestsPerSecond);
    const p99 = spread(samples, (s) => s.p99).median;
    const bareRps = bare ? spread(bare, (s) => s.requestsPerSecond).median : Number.NaN;
    const bareP99 = bare ? spread(bare, (s) => s.p99).median : Number.NaN;
    lines.push(
      `| ${workload} | ${system} | ${Math.round(rps.median)} (${Math.round(rps.min)}-${Math.round(rps.max)}) | ` +
        `${spread(samples, (s) => s.p50).median} | ${p99} | ${ratio(rps.median, bareRps)} | ${ratio(p99, bareP99)} |`,
    );
  }
  return [...lines, ...webhookRatios(results), ...peerRatios(results)];
}

/** omise-sim against the peer, workload by workload (req/s and p99 medians). */
function peerRatios(results: HttpResults): string[] {
  return workloads.flatMap((workload) => {
    const ours = results.get(`${workload.name}|omise-sim`);
    const peer = results.get(`${workload.name}|${PEER_PACKAGE}`);
    if (!ours || !peer) return [];
    const rps = (s: Sample[]) => spread(s, (x) => x.requestsPerSecond).median;
    const p99 = (s: Sample[]) => spread(s, (x) => x.p99).median;
    return [
      `\n${workload.name}: omise-sim ${ratio(rps(ours), rps(peer))} the req/s of ${PEER_PACKAGE}, ` +
        `p99 ${ratio(p99(ours), p99(peer))} of its p99`,
    ];
  });
}

function webhookRatios(results: HttpResults): string[] {
  return [1, 50].flatMap((c) => {
    const on = results.get(`POST /charges c=${c}|omise-sim, webhooks on`);
    const off = results.get(`POST /charges c=${c}|omise-sim`);
    if (!on || !off) return [];
    const rps = (s: Sample[]) => spread(s, (x) => x.requestsPerSecond).median;
    return [`\ncreate c=${c} with webhooks on: ${ratio(rps(on), rps(off))} of create with webhooks off`];
  });
}

function spread(samples: readonly Sample[], read: (s: Sample) => number): Spread {
  const values = samples.map(read).sort((a, b) => a - b);
  const middle = values.length >> 1;
  const median =
    values.length % 2 ? (values[middle] ?? 0) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
  return { median, min: values[0] ?? 0, max: values[values.length - 1] ?? 0 };
}

function ratio(value: number, baseline: number): string {
  return Number.isFinite(baseline) && baseline > 0 ? `${(value / baseline).toFixed(2)}x` : '-';
}
