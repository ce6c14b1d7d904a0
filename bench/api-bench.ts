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

/** Heap growth per charge kept in memory, created in-process (no HTTP), averaged over many charges. */
async function heapPerCharge(): Promise<number> {
  const count = 20000;
  const sim = createSimulator({ seed: 2 });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) {
    await sim.request('/charges', { method: 'POST', headers: formHeaders, body: chargeBody });
  }
  gc?.();
  const after = process.memoryUsage().heapUsed;
  await sim.close();
  return Math.round((after - before) / count);
}
