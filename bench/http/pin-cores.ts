import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * Whether the HTTP bench pins each system under test to core 0 and its load generator (this process) to
 * core 1, as the issue's own measurement did: then the two never take turns on one core, and a system's
 * req/s is what one core of it does. On by default where `taskset` exists and there are two cores or more;
 * `BENCH_PIN=0` turns it off.
 */
export const pinning = process.env.BENCH_PIN !== '0' && availableParallelism() >= 2 && hasTaskset();

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export type Core = 'server' | 'load';

/** The command that starts a process on its core when pinning: a system under test on 0, the rest on 1. */
export function onCore(core: Core, command: string, args: readonly string[]): [string, string[]] {
  const cpu = core === 'server' ? '0' : '1';
  return pinning ? ['taskset', ['-c', cpu, command, ...args]] : [command, [...args]];
}

/**
 * Runs `work` with every thread of this process (the load generator) on core 1 when pinning, then gives the
 * process its cores back: the benches after it, and the processes they start, must not inherit one core.
 */
export async function withLoadGeneratorPinned<T>(work: () => Promise<T>): Promise<T> {
  if (!pinning) return work();
  const pid = String(process.pid);
  const before = execFileSync('taskset', ['-c', '-p', pid], { encoding: 'utf8' }).split(':').pop()?.trim();
  execFileSync('taskset', ['-a', '-c', '-p', '1', pid], { stdio: 'ignore' });
  try {
    return await work();
  } finally {
    if (before) execFileSync('taskset', ['-a', '-c', '-p', before, pid], { stdio: 'ignore' });
  }
}
