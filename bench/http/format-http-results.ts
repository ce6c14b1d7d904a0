import { FLOOR, type HttpResults, V8_DEFAULTS, workloads } from './http-bench.js';
import { PEER_PACKAGE } from './install-peer.js';
import type { Sample } from './measure.js';
import type { WebhookBacklog } from './webhook-backlog.js';

export type Read = (sample: Sample) => number;
export const rps: Read = (s) => s.requestsPerSecond;
export const p99: Read = (s) => s.p99;
/** CPU per request inverted: the req/s one core of the system allows, steadier than req/s on a shared VM. */
export const perCpu: Read = (s) => (s.cpuPerRequestUs ? 1e6 / s.cpuPerRequestUs : 0);

/**
 * One markdown table: req/s (median, min-max), p50 and p99 in ms, CPU µs per request, and the ratios to bare
 * Hono. A ratio is the median of the rounds' ratios: the systems of one round ran within seconds of each
 * other, so a busy moment of the machine cancels out of it. "CPU vs bare Hono" is bare Hono's CPU per request
 * over the system's: the req/s ratio when the server's core, not the load generator, is what limits.
 */
export function formatHttpResults(results: HttpResults): string[] {
  const lines = [
    '| workload | system | req/s median (min-max) | p50 ms | p99 ms | CPU µs/req | req/s vs bare Hono | ' +
      'p99 vs bare Hono | CPU vs bare Hono |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [key, samples] of results) {
    const [workload = '', system = ''] = key.split('|');
    const bare = results.get(`${workload}|bare Hono`);
    const values = samples.map(rps).sort((a, b) => a - b);
    lines.push(
      `| ${workload} | ${system} | ${Math.round(median(values))} (${Math.round(values[0] ?? 0)}-` +
        `${Math.round(values[values.length - 1] ?? 0)}) | ${round2(median(samples.map((s) => s.p50)))} | ` +
        `${round2(median(samples.map(p99)))} | ${cpuShown(samples)} | ${roundRatio(samples, bare, rps)} | ` +
        `${roundRatio(samples, bare, p99)} | ${roundRatio(samples, bare, perCpu)} |`,
    );
  }
  return [
    ...lines,
    '',
    ...floorRatios(results),
    ...v8DefaultsRatios(results),
    ...webhookRatios(results),
    ...peerRatios(results),
  ];
}

/** Create with webhooks on against off, next to the same ratio for bare Hono with one webhook POST: the limit. */
function webhookRatios(results: HttpResults): string[] {
  return [1, 50].flatMap((c) => {
    const on = results.get(`POST /charges c=${c}|omise-sim, webhooks on`);
    const off = results.get(`POST /charges c=${c}|omise-sim`);
    if (!on || !off) return [];
    const bareOn = results.get(`POST /charges c=${c}|bare Hono + webhook POST`);
    const bareOff = results.get(`POST /charges c=${c}|bare Hono`);
    const limit =
      bareOn && bareOff ? `; the limit, bare Hono + webhook POST: ${roundRatio(bareOn, bareOff, rps)}` : '';
    return [
      `create c=${c} with webhooks on: ${roundRatio(on, off, rps)} of create with webhooks off, ` +
        `p99 ${roundRatio(on, off, p99)} of its p99${limit}  `,
      ...cpuLine(on, off),
      ...backlogLine(on),
    ];
  });
}

/** CPU per create during the load, steadier than req/s on a shared machine: off/on is the ratio it allows. */
function cpuLine(on: readonly Sample[], off: readonly Sample[]): string[] {
  const cpu: Read = (s) => s.cpuPerRequestUs ?? 0;
  const ratio = medianRoundRatio(off, on, cpu);
  if (ratio === undefined || !on.every((s) => s.cpuPerRequestUs !== undefined)) return [];
  return [
    `  CPU per create during the load, simulator process: ${Math.round(median(on.map(cpu)))} µs with webhooks ` +
      `on, ${Math.round(median(off.map(cpu)))} µs off (off/on ${ratio.toFixed(2)}x)  `,
  ];
}

/** What the ratio does not show: webhooks delivered during the load, and how long the rest took after it. */
function backlogLine(samples: readonly Sample[]): string[] {
  const backlogs = samples.flatMap((sample) => (sample.backlog ? [sample.backlog] : []));
  if (backlogs.length === 0) return [];
  const of = (read: (b: WebhookBacklog) => number) => median(backlogs.map(read));
  return [
    `  its webhooks: ${Math.round(of((b) => b.deliveredPerSecond))} delivered/s during the load ` +
      `(${Math.round(of((b) => b.eventsPerSecond))} events/s made), ${Math.round(of((b) => b.left))} left ` +
      `when it stopped, delivered in ${of((b) => b.drainSeconds).toFixed(1)} s after (medians)  `,
  ];
}

/** omise-sim against the floor of a stateful mock, and the floor against bare Hono: whose the gap is. */
function floorRatios(results: HttpResults): string[] {
  return workloads.flatMap((workload) => {
    const ours = results.get(`${workload.name}|omise-sim`);
    const floor = results.get(`${workload.name}|${FLOOR}`);
    const bare = results.get(`${workload.name}|bare Hono`);
    if (!ours || !floor) return [];
    return [
      `${workload.name}: the floor does ${roundRatio(floor, bare, rps)} of bare Hono's req/s (CPU ` +
        `${roundRatio(floor, bare, perCpu)}); omise-sim ${roundRatio(ours, floor, rps)} of the floor's (CPU ` +
        `${roundRatio(ours, floor, perCpu)}), p99 ${roundRatio(ours, floor, p99)} of its p99  `,
    ];
  });
}

/** omise-sim served on V8's defaults (as from a library user's process) against the command line's flags. */
function v8DefaultsRatios(results: HttpResults): string[] {
  return againstOmiseSim(
    results,
    V8_DEFAULTS,
    (name, ours, library) =>
      `${name}: omise-sim on V8's defaults (no --no-allocation-site-pretenuring) does ` +
      `${roundRatio(library, ours, rps)} of the command's req/s (CPU ${roundRatio(library, ours, perCpu)}), ` +
      `p99 ${roundRatio(library, ours, p99)} of its p99  `,
  );
}

/** omise-sim against the peer, workload by workload. */
function peerRatios(results: HttpResults): string[] {
  return againstOmiseSim(
    results,
    PEER_PACKAGE,
    (name, ours, peer) =>
      `${name}: omise-sim ${roundRatio(ours, peer, rps)} the req/s of ${PEER_PACKAGE}, ` +
      `p99 ${roundRatio(ours, peer, p99)} of its p99  `,
  );
}

/** One line per workload that both omise-sim and `system` ran. */
function againstOmiseSim(
  results: HttpResults,
  system: string,
  line: (workload: string, ours: readonly Sample[], theirs: readonly Sample[]) => string,
): string[] {
  return workloads.flatMap((workload) => {
    const ours = results.get(`${workload.name}|omise-sim`);
    const theirs = results.get(`${workload.name}|${system}`);
    return ours && theirs ? [line(workload.name, ours, theirs)] : [];
  });
}

/** Latencies to the µs wrk gives, shown to 0.01 ms. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function cpuShown(samples: readonly Sample[]): string {
  const cpu = samples.flatMap((s) => (s.cpuPerRequestUs === undefined ? [] : [s.cpuPerRequestUs]));
  return cpu.length === 0 ? '-' : String(Math.round(median(cpu)));
}

/** The median over rounds of `samples[round] / baseline[round]`; '-' without a usable baseline. */
function roundRatio(samples: readonly Sample[], baseline: readonly Sample[] | undefined, read: Read): string {
  const value = medianRoundRatio(samples, baseline, read);
  return value === undefined ? '-' : `${value.toFixed(2)}x`;
}

/** The median over rounds of `samples[round] / baseline[round]`, when some round has a usable baseline. */
export function medianRoundRatio(
  samples: readonly Sample[] | undefined,
  baseline: readonly Sample[] | undefined,
  read: Read,
): number | undefined {
  const ratios = (samples ?? []).flatMap((sample, round) => {
    const base = baseline?.[round];
    return base && read(base) > 0 ? [read(sample) / read(base)] : [];
  });
  return ratios.length === 0 ? undefined : median(ratios);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
