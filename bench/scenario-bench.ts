import { posMerchantUnderTest } from '../examples/pos-merchant/pos-merchant-under-test.js';
import { runMerchantScenarios } from '../scenarios/index.js';
import { createSimulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';

const RUNS = 100;

/** Scenario steps per second in-process (the reference merchant, 100 runs of up to 30 steps). */
export async function scenarioBench(): Promise<BenchResult[]> {
  const baseline = await inProcessRequests(5000);
  const started = performance.now();
  const summary = await runMerchantScenarios({ merchant: posMerchantUnderTest(), numRuns: RUNS, seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  return [
    { name: 'in-process API requests (GET /charges/:id)', value: baseline, unit: 'req/s' },
    {
      name: `scenario steps (${summary.runs} runs, ${summary.steps} steps)`,
      value: summary.steps / seconds,
      unit: 'steps/s',
      baseline: 'in-process API requests (GET /charges/:id)',
    },
    { name: `wall time of the ${summary.runs} runs`, value: seconds, unit: 's' },
  ];
}

async function inProcessRequests(count: number): Promise<number> {
  const sim = createSimulator({ seed: 3 });
  const headers = { authorization: `Basic ${Buffer.from('skey_test_bench:').toString('base64')}` };
  const created = await sim.request('/charges', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      amount: 150000,
      currency: 'THB',
      source: { type: 'wechat_pay_upm', barcode: '1' },
    }),
  });
  const { id } = (await created.json()) as { id: string };
  const started = performance.now();
  for (let i = 0; i < count; i++) await (await sim.request(`/charges/${id}`, { headers })).arrayBuffer();
  const rate = count / ((performance.now() - started) / 1000);
  await sim.close();
  return rate;
}
