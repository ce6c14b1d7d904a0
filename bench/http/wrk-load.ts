import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one wrk run measured. */
export interface WrkResult {
  readonly requestsPerSecond: number;
  readonly requests: number;
  /** Latency percentiles in ms (wrk's own, to the µs). */
  readonly p50: number;
  readonly p99: number;
  /** Answers that were not 2xx/3xx, and socket errors of any kind (connect, read, write, timeout). */
  readonly non2xx: number;
  readonly errors: number;
}

export interface WrkRequest {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly connections: number;
  readonly seconds: number;
}

/** Whether wrk (Debian's package `wrk`) is on the PATH. */
export function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version prints its banner and exits 1: it is there when it ran at all.
    return (error as { status?: number | null }).status === 1;
  }
}

/**
 * One run of wrk, a C load generator with one thread: it drives more requests from one core than autocannon
 * (which tops out near 20k req/s on this VM's core, under bare Hono's speed). The method and body go in a Lua
 * script, as wrk takes them; every header goes on the command line.
 */
export async function runWrk(request: WrkRequest): Promise<WrkResult> {
  const folder = mkdtempSync(join(tmpdir(), 'omise-sim-wrk-'));
  try {
    const script = join(folder, 'request.lua');
    writeFileSync(
      script,
      `wrk.method = ${JSON.stringify(request.method)}\nwrk.body = ${JSON.stringify(request.body ?? '')}\n`,
    );
    const headers = Object.entries(request.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
    const args = ['-t1', `-c${request.connections}`, `-d${request.seconds}s`, '--latency', '-s', script];
    const output = await run('wrk', [...args, ...headers, request.url]);
    return parseWrkOutput(output);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
}

/** Reads wrk's report (with `--latency`). */
export function parseWrkOutput(output: string): WrkResult {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    p50: latencyMs(output, '50%'),
    p99: latencyMs(output, '99%'),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** A line of the latency distribution, e.g. `99%    4.21ms`, in ms. */
function latencyMs(output: string, percentile: string): number {
  const line = new RegExp(`^\\s*${percentile}\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
  return line ? Number(line[1]) * (UNIT_MS[line[2] ?? 'ms'] ?? 1) : 0;
}
