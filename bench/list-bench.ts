import { createSimulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';
import { chargeBody, formHeaders } from './http/bench-requests.js';

const SIZES = [10_000, 100_000] as const;
const PAGES = 200;

/**
 * Lists at 10k and 100k charges on one account (in-process): the time of a first page, of a page deep in the
 * list (offset 90% in) and of a page in a `from`/`to` window, the median of 200 requests each, and the RSS the
 * process has at that size. A page should cost the same at 100k as at 10k.
 */
export async function listBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const sim = createSimulator({ seed: 9 });
  try {
    let created = 0;
    for (const size of SIZES) {
      for (; created < size; created++) await createCharge(sim);
      settleHeap();
      const label = `${size / 1000}k charges`;
      const windowStart = await createdAtOf(sim, Math.floor(size / 2));
      const paths = {
        'first page': '/charges?limit=20',
        'page at offset 90%': `/charges?limit=20&offset=${Math.floor(size * 0.9)}`,
        'page in a from/to window': `/charges?limit=20&from=${windowStart}`,
      };
      for (const [what, path] of Object.entries(paths)) {
        const baseline =
          size === SIZES[0] ? undefined : `GET /charges ${what} at ${SIZES[0] / 1000}k charges`;
        results.push({
          name: `GET /charges ${what} at ${label}`,
          value: await msPerPage(sim, path),
          unit: 'ms',
          baseline,
        });
      }
      results.push({ name: `RSS at ${label}`, value: process.memoryUsage().rss / 2 ** 20, unit: 'MiB' });
    }
  } finally {
    await sim.close();
  }
  return results;
}

type Sim = ReturnType<typeof createSimulator>;

/**
 * A full collection before the pages are timed, at both sizes (the bench runs with --expose-gc): creating 90k
 * charges leaves the collector's work behind, which would otherwise fall on the 100k pages. What is left is
 * the pages' own work, and the garbage they make.
 */
function settleHeap(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function createCharge(sim: Sim): Promise<void> {
  await (
    await sim.request('/charges', { method: 'POST', headers: formHeaders, body: chargeBody })
  ).arrayBuffer();
}

async function createdAtOf(sim: Sim, offset: number): Promise<string> {
  const page = (await (
    await sim.request(`/charges?limit=1&offset=${offset}`, { headers: formHeaders })
  ).json()) as {
    data: Array<{ created_at: string }>;
  };
  return page.data[0]?.created_at ?? '1970-01-01T00:00:00Z';
}

/** The median of PAGES requests' times, after half as many that warm up (they compile the list path). */
async function msPerPage(sim: Sim, path: string): Promise<number> {
  await pages(sim, path, PAGES / 2);
  const times: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const started = performance.now();
    await pages(sim, path, 1);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[PAGES / 2] as number;
}

async function pages(sim: Sim, path: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const response = await sim.request(path, { headers: formHeaders });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    await response.arrayBuffer();
  }
}
