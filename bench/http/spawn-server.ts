import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Core, onCore } from './pin-cores.js';

export interface SpawnedServer {
  readonly url: string;
  readonly chargeId: string;
  /** CPU time the process has used so far, in µs (utime + stime of /proc; undefined where there is none). */
  cpuUs(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts `script` (a bench process) fresh with tsx, on `core` when the bench pins cores, and waits for its
 * `ready <url> [id]` line.
 */
export function spawnServer(
  script: string,
  args: readonly string[] = [],
  core?: Core,
): Promise<SpawnedServer> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const node = [process.execPath, ['--import', 'tsx', path, ...args]] as const;
  const [command, argv] = core ? onCore(core, ...node) : node;
  const child = spawn(command, argv, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^ready (\S+) ?(\S*)$/m.exec(output);
      if (!line) return;
      child.removeAllListeners('exit');
      resolve({
        url: line[1] ?? '',
        chargeId: line[2] ?? '',
        cpuUs: () => processCpuUs(child.pid),
        stop: () => stopChild(child),
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** utime + stime of a process (Linux's /proc), in µs: steadier than req/s on a shared machine. */
function processCpuUs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks / CLOCK_TICKS) * 1e6;
  } catch {
    return undefined;
  }
}

/** USER_HZ, the unit of /proc's times: 100 on every Linux Node runs on. */
const CLOCK_TICKS = 100;
