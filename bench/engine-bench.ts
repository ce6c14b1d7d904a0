import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-result.js';

const CLI = fileURLToPath(new URL('../simulator/cli/main.ts', import.meta.url));
const REQUESTS = 1500;
const CONCURRENCY = 16;
const MEMORY = 'memory engine, 1 process';
/** The server the postgres rows use; without one they are left out (and say so). */
const POSTGRES = process.env.OMISE_SIM_BENCH_POSTGRES || process.env.OMISE_SIM_TEST_POSTGRES || undefined;

/**
 * A flash sale on one account over HTTP: POST /charges (every one a write transaction on the same account
 * row), 16 at a time, spread round-robin over the instances. The memory engine is the baseline of the run.
 */
export async function engineBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [{ name: MEMORY, ...(await measure([[]])) }];
  const dir = mkdtempSync(join(tmpdir(), 'omise-sim-bench-'));
  try {
    results.push({
      name: 'pglite engine (--data-dir), 1 process',
      ...(await measure([['--data-dir', dir]])),
      baseline: MEMORY,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!POSTGRES) {
    console.log('  (postgres rows skipped: set OMISE_SIM_BENCH_POSTGRES=postgres://... to include them)');
    return results;
  }
  const store = ['--store', POSTGRES];
  results.push({ name: 'postgres engine, 1 instance', ...(await measure([store])), baseline: MEMORY });
  results.push({
    name: 'postgres engine, 2 instances',
    ...(await measure([store, store])),
    baseline: MEMORY,
  });
  return results;
}

async function measure(instances: readonly (readonly string[])[]): Promise<{ value: number; unit: string }> {
  const children = instances.map((args) => spawnCli(args));
  try {
    const urls = await Promise.all(children.map((child) => child.url));
    const account = `bench${Date.now().toString(36)}`;
    const headers = {
      authorization: `Basic ${Buffer.from(`skey_test_${account}:`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    };
    const body = 'amount=150000&currency=THB&source[type]=wechat_pay_mpm';
    await fetch(`${urls[0]}/charges`, { method: 'POST', headers, body }).then((r) => r.arrayBuffer());
    let next = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let n = next++; n < REQUESTS; n = next++) {
          const response = await fetch(`${urls[n % urls.length]}/charges`, { method: 'POST', headers, body });
          await response.arrayBuffer();
          if (response.status !== 200) failed++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return { value: REQUESTS / seconds, unit: `charges/s (${REQUESTS} POST /charges, ${failed} failed)` };
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
}

function spawnCli(args: readonly string[]): { url: Promise<string>; stop(): Promise<void> } {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, '--port', '0', '--log-level', 'silent', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = new Promise<string>((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`omise-sim exited with ${code} before listening`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}
