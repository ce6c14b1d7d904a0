import type { BenchResult } from './bench-result.js';
import { medianRoundRatio, p99, perCpu, rps } from './http/format-http-results.js';
import { FLOOR, type HttpResults } from './http/http-bench.js';

interface Target {
  readonly what: string;
  readonly goal: string;
  /** The measured figure, as printed, and whether it meets the goal; undefined when not measured. */
  readonly measure: () => { shown: string; met: boolean } | undefined;
}

/**
 * The performance targets of issue 15, each next to what this run measured: the one table of ratios
 * `npm run bench` ends with. A figure this run did not produce (a suite left out) shows as "-".
 */
export function issueTargets(http: HttpResults, results: readonly BenchResult[]): string[] {
  const find = (pattern: RegExp) => results.find((r) => pattern.test(r.name));
  const ofBaseline = (pattern: RegExp) => {
    const result = find(pattern);
    const base = result?.baseline ? results.find((r) => r.name === result.baseline) : undefined;
    return result && base && base.value > 0 ? result.value / base.value : undefined;
  };
  const targets: Target[] = [
    withFloor(
      withCpu(
        ratioAtLeast('POST /charges c=50, req/s vs bare Hono', 0.7, httpRatio(http, 'POST /charges c=50')),
        httpRatio(http, 'POST /charges c=50', 'cpu'),
      ),
      httpRatio(http, 'POST /charges c=50', 'rps', FLOOR),
    ),
    withCpu(
      ratioAtLeast(
        'GET /charges/:id c=50, req/s vs bare Hono',
        0.85,
        httpRatio(http, 'GET /charges/:id c=50'),
      ),
      httpRatio(http, 'GET /charges/:id c=50', 'cpu'),
    ),
    withFloor(
      ratioAtMost('POST /charges c=50, p99 vs bare Hono', 2, httpRatio(http, 'POST /charges c=50', 'p99')),
      httpRatio(http, 'POST /charges c=50', 'p99', FLOOR),
    ),
    ratioAtMost(
      'GET /charges/:id c=50, p99 vs bare Hono',
      2,
      httpRatio(http, 'GET /charges/:id c=50', 'p99'),
    ),
    ...[1, 50].map((c) =>
      ratioAtLeast(
        `POST /charges c=${c}, webhooks on vs off`,
        0.8,
        medianRoundRatio(
          http.get(`POST /charges c=${c}|omise-sim, webhooks on`),
          http.get(`POST /charges c=${c}|omise-sim`),
          rps,
        ),
      ),
    ),
    withFloor(
      ratioAtLeast(
        'webhook delivery vs a node:http keep-alive loop',
        0.8,
        ofBaseline(/^omise-sim: events delivered \(/),
      ),
      ofBaseline(/^the floor: the node:http loop/),
    ),
    valueAtMost('QR PNG, first download (in-process)', 5, 'ms', find(/^QR PNG: first download/)?.value),
    valueAtMost(
      'POS polling p99 during a burst of 50 new PNGs, above its p99 alone',
      5,
      'ms',
      difference(
        find(/^POS polling .* during the burst/)?.value,
        find(/^POS polling .* nothing else/)?.value,
      ),
    ),
    valueAtMost(
      'clock advance over 100k pending charges, longest event-loop block',
      50,
      'ms',
      find(/100k pending charges: POST \/_sim\/clock\/advance, longest/)?.value,
    ),
    valueAtLeast('scenario steps in-process', 1000, 'steps/s', find(/^scenario steps in-process \(/)?.value),
    valueAtMost(
      'cold start, spawn to first 200',
      350,
      'ms',
      find(/^cold start, spawn to first 200: omise-sim/)?.value,
    ),
    ratioAtMost(
      'a list page at 100k charges vs at 10k (O(page))',
      1.5,
      ofBaseline(/^GET \/charges page at offset 90% at 100k/),
    ),
  ];
  const lines = ['| target | goal | this run | met |', '|---|---|---|---|'];
  for (const target of targets) {
    const measured = target.measure();
    const met = measured === undefined ? '-' : measured.met ? 'yes' : 'no';
    lines.push(`| ${target.what} | ${target.goal} | ${measured?.shown ?? '-'} | ${met} |`);
  }
  return lines;
}

/** The median of the rounds' ratios of `system` (omise-sim unless named) to bare Hono. */
function httpRatio(
  http: HttpResults,
  workload: string,
  read: 'rps' | 'p99' | 'cpu' = 'rps',
  system = 'omise-sim',
): number | undefined {
  const reader = { rps, p99, cpu: perCpu }[read];
  return medianRoundRatio(http.get(`${workload}|${system}`), http.get(`${workload}|bare Hono`), reader);
}

/**
 * The same target, its figure followed by what the floor (the least any simulator does on this stack: see
 * the HTTP bench's and the webhook bench's floors) measured against the same baseline: a goal beyond the
 * floor is beyond any simulator on this stack.
 */
function withFloor(target: Target, floor: number | undefined): Target {
  return followedBy(target, floor === undefined ? undefined : `; the floor ${floor.toFixed(2)}x`);
}

/** The same target, its figure followed by the CPU ratio (bare Hono's CPU per request over omise-sim's). */
function withCpu(target: Target, cpu: number | undefined): Target {
  return followedBy(target, cpu === undefined ? undefined : ` (CPU ${cpu.toFixed(2)}x)`);
}

function followedBy(target: Target, text: string | undefined): Target {
  return {
    ...target,
    measure: () => {
      const measured = target.measure();
      if (measured === undefined || text === undefined) return measured;
      return { ...measured, shown: `${measured.shown}${text}` };
    },
  };
}

function difference(value: number | undefined, baseline: number | undefined): number | undefined {
  return value === undefined || baseline === undefined ? undefined : Math.max(0, value - baseline);
}

const ratioAtLeast = (what: string, goal: number, value: number | undefined): Target => ({
  what,
  goal: `>= ${goal}x`,
  measure: () => (value === undefined ? undefined : { shown: `${value.toFixed(2)}x`, met: value >= goal }),
});

const ratioAtMost = (what: string, goal: number, value: number | undefined): Target => ({
  what,
  goal: `<= ${goal}x`,
  measure: () => (value === undefined ? undefined : { shown: `${value.toFixed(2)}x`, met: value <= goal }),
});

const valueAtMost = (what: string, goal: number, unit: string, value: number | undefined): Target => ({
  what,
  goal: `<= ${goal} ${unit}`,
  measure: () => (value === undefined ? undefined : { shown: `${shown(value)} ${unit}`, met: value <= goal }),
});

const valueAtLeast = (what: string, goal: number, unit: string, value: number | undefined): Target => ({
  what,
  goal: `>= ${goal} ${unit}`,
  measure: () => (value === undefined ? undefined : { shown: `${shown(value)} ${unit}`, met: value >= goal }),
});

function shown(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}
