import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { posMerchantUnderTest } from '../examples/pos-merchant/pos-merchant-under-test.js';
import { servePosMerchant } from '../examples/pos-merchant/serve-pos-merchant.js';
import type { MerchantUnderTest } from '../scenarios/index.js';
import type { BenchResult } from './bench-result.js';
import { fromBuild } from './from-build.js';

type Scenarios = typeof import('../scenarios/index.js');
type Simulators = typeof import('../simulator/index.js');

// The harness and the simulator as users run them: `omise-sim/scenarios` is dist/scenarios.
const { httpMerchant, runMerchantScenarios } = await fromBuild<Scenarios>(
  '../dist/scenarios/index.js',
  () => import('../scenarios/index.js'),
);
const { createSimulator } = await fromBuild<Simulators>(
  '../dist/simulator/index.js',
  () => import('../simulator/index.js'),
);

const RUNS = 100;
const HTTP_RUNS = 30;
const STEADY_RUNS = 3;
const BASELINE = 'in-process API requests (GET /charges/:id)';

/**
 * Scenario steps per second: the reference merchant in-process (100 runs of up to 30 steps), then over
 * HTTP (the same merchant as a service, and the Python example), each against a simulator served on
 * 127.0.0.1 and a fresh account per run.
 */
export async function scenarioBench(): Promise<BenchResult[]> {
  const baseline = await inProcessRequests(5000);
  const results: BenchResult[] = [{ name: BASELINE, value: baseline, unit: 'req/s' }];
  // The first runs of a process run code not yet optimised: the first is timed apart, a second warms up
  // without being timed, then the steady state is measured: the median of three runs of the same seed
  // (one run moves by a third either way when other jobs share the cores).
  const cold = await stepsPerSecond(posMerchantUnderTest(), RUNS, 2);
  await stepsPerSecond(posMerchantUnderTest(), RUNS, 3);
  const inProcess = await medianRun(() => stepsPerSecond(posMerchantUnderTest(), RUNS), STEADY_RUNS);
  results.push(
    stepResult('in-process, the first run of the process', cold),
    stepResult('in-process', inProcess),
    { name: `wall time of the ${inProcess.runs} in-process runs`, value: inProcess.seconds, unit: 's' },
    // CPU time (every thread of the process) moves less than wall time when other jobs share the cores.
    { name: `CPU time of the ${inProcess.runs} in-process runs`, value: inProcess.cpuSeconds, unit: 's' },
  );
  const service = await servePosMerchant({ port: 0 });
  try {
    results.push(
      stepResult('over HTTP, Node POS service', await stepsPerSecond(httpMerchant(service.url), HTTP_RUNS)),
    );
  } finally {
    await service.close();
  }
  const python = await startPythonMerchant();
  if (python) {
    try {
      const measured = await stepsPerSecond(httpMerchant(python.url), HTTP_RUNS);
      results.push(stepResult('over HTTP, Python merchant', measured));
    } finally {
      python.child.kill();
    }
  }
  return results;
}

async function stepsPerSecond(merchant: MerchantUnderTest, numRuns: number, seed = 1) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = await runMerchantScenarios({ merchant, numRuns, seed });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { ...summary, seconds: (performance.now() - started) / 1000, cpuSeconds };
}

/** The run of median speed among `count` runs of `measure`. */
async function medianRun<T extends { steps: number; seconds: number }>(
  measure: () => Promise<T>,
  count: number,
): Promise<T> {
  const runs: T[] = [];
  for (let i = 0; i < count; i++) runs.push(await measure());
  runs.sort((a, b) => a.steps / a.seconds - b.steps / b.seconds);
  return runs[Math.floor(runs.length / 2)] as T;
}

function stepResult(where: string, measured: { runs: number; steps: number; seconds: number }): BenchResult {
  return {
    name: `scenario steps ${where} (${measured.runs} runs, ${measured.steps} steps)`,
    value: measured.steps / measured.seconds,
    unit: 'steps/s',
    baseline: BASELINE,
  };
}

/** The Python example merchant on a free port, or null where python3 is missing. */
async function startPythonMerchant(): Promise<{ url: string; child: ChildProcess } | null> {
  const script = fileURLToPath(new URL('../examples/python-merchant/merchant.py', import.meta.url));
  const child = spawn('python3', [script, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const started = once(child.stdout, 'data').then(([line]) => /http:\/\/\S+/.exec(String(line))?.[0]);
  const failed = once(child, 'error').then(() => undefined);
  const url = await Promise.race([started, failed]);
  return url ? { url, child } : null;
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
