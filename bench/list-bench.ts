import { createSimulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';
import { chargeBody } from './http/bench-requests.js';

const PAGES = 200;

type Sim = ReturnType<typeof createSimulator>;

interface ListAccount {
  readonly size: number;
  readonly label: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Each page's path on this account. */
  readonly paths: Readonly<Record<string, string>>;
}

/**
 * Lists at 10k and 100k charges (in-process), on two accounts of one simulator: the time of a first page, of
 * a page deep in the list (offset 90% in) and of a page in a `from`/`to` window, each the median of 200
 * requests, and the RSS the process has once each account is made. The two accounts' pages are timed turn by
 * turn after a full collection, so that the same moments of the process (its collector, the machine) fall on
 * both: run one after the other, the 100k pages took the tail of the 90k creates' garbage, and 0.2-0.6 ms
 * pages went either way with the machine. A page should cost the same at 100k as at 10k.
 */
export async function listBench(): Promise<BenchResult[]> {
  const sim = createSimulator({ seed: 9 });
  try {
    const small = await makeAccount(sim, 10_000);
    const smallRss = rss(small.label);
    const large = await makeAccount(sim, 100_000);
    const largeRss = rss(`${(small.size + large.size) / 1000}k charges (both accounts)`);
    settleHeap();
    const smallRows: BenchResult[] = [];
    const largeRows: BenchResult[] = [];
    for (const what of Object.keys(small.paths)) {
      const [smallMs, largeMs] = await medianPageTimes(sim, what, small, large);
      const baseline = `GET /charges ${what} at ${small.label}`;
      smallRows.push({ name: baseline, value: smallMs, unit: 'ms' });
      largeRows.push({
        name: `GET /charges ${what} at ${large.label}`,
        value: largeMs,
        unit: 'ms',
        baseline,
      });
    }
    return [...smallRows, smallRss, ...largeRows, largeRss];
  } finally {
    await sim.close();
  }
}

async function makeAccount(sim: Sim, size: number): Promise<ListAccount> {
  const label = `${size / 1000}k charges`;
  const key = Buffer.from(`skey_test_list${size}:`).toString('base64');
  const headers = { authorization: `Basic ${key}`, 'content-type': 'application/x-www-form-urlencoded' };
  for (let i = 0; i < size; i++) await answer(sim, '/charges', headers, chargeBody);
  const windowStart = await createdAtOf(sim, headers, Math.floor(size / 2));
  const paths = {
    'first page': '/charges?limit=20',
    'page at offset 90%': `/charges?limit=20&offset=${Math.floor(size * 0.9)}`,
    'page in a from/to window': `/charges?limit=20&from=${windowStart}`,
  };
  return { size, label, headers, paths };
}

function rss(label: string): BenchResult {
  return { name: `RSS at ${label}`, value: process.memoryUsage().rss / 2 ** 20, unit: 'MiB' };
}

/**
 * A full collection before the pages are timed (the bench runs with --expose-gc): making 110k charges leaves
 * the collector's work behind. What is left is the pages' own work, and the garbage they make.
 */
function settleHeap(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The median times (ms) of PAGES pages on each account, taken turn by turn after half as many to warm up. */
async function medianPageTimes(
  sim: Sim,
  what: string,
  ...accounts: readonly [ListAccount, ListAccount]
): Promise<[number, number]> {
  const times = accounts.map(() => [] as number[]);
  for (let i = 0; i < PAGES * 1.5; i++) {
    for (const [index, account] of accounts.entries()) {
      const started = performance.now();
      await answer(sim, account.paths[what] as string, account.headers);
      if (i >= PAGES / 2) times[index]?.push(performance.now() - started);
    }
  }
  const [first = [], second = []] = times.map((each) => each.sort((a, b) => a - b));
  return [first[first.length >> 1] as number, second[second.length >> 1] as number];
}

async function answer(sim: Sim, path: string, headers: Readonly<Record<string, string>>, body?: string) {
  const response = await sim.request(path, { method: body ? 'POST' : 'GET', headers, body });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response;
}

async function createdAtOf(
  sim: Sim,
  headers: Readonly<Record<string, string>>,
  offset: number,
): Promise<string> {
  const page = (await (await answer(sim, `/charges?limit=1&offset=${offset}`, headers)).json()) as {
    data: Array<{ created_at: string }>;
  };
  return page.data[0]?.created_at ?? '1970-01-01T00:00:00Z';
}
