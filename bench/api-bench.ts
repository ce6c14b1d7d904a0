import { createSimulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';
import { chargeBody, formHeaders } from './http/bench-requests.js';

/**
 * What a stored charge costs in memory. Throughput and latency over HTTP are measured by `http/http-bench.ts`,
 * with the load generator and the servers in separate processes.
 */
export async function apiBench(): Promise<BenchResult[]> {
  return [{ name: 'omise-sim: heap per stored charge', value: await heapPerCharge(), unit: 'bytes' }];
}

/**
 * Heap growth per charge kept in memory, created in-process (no HTTP): the slope between 10k and 20k charges
 * on one simulator, each point after a full collection. A difference from an empty start read 276 bytes in a
 * full run, where the suites before left garbage the first collection did not yet free (2,000 bytes alone).
 */
async function heapPerCharge(): Promise<number> {
  const sim = createSimulator({ seed: 2 });
  try {
    await createCharges(sim, 10_000);
    const before = settledHeap();
    await createCharges(sim, 10_000);
    return Math.round((settledHeap() - before) / 10_000);
  } finally {
    await sim.close();
  }
}

async function createCharges(sim: ReturnType<typeof createSimulator>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const response = await sim.request('/charges', {
      method: 'POST',
      headers: formHeaders,
      body: chargeBody,
    });
    if (response.status !== 200) throw new Error(`POST /charges answered ${response.status}`);
    await response.arrayBuffer();
  }
}

/** The heap in use after a full collection (the bench runs with --expose-gc), taken twice. */
function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}
