import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const GIVE_UP_MS = 10_000;
const auth = { authorization: `Basic ${Buffer.from('skey_test_coldstart:').toString('base64')}` };

export interface Launch {
  readonly command: string;
  /** The arguments; the free port picked for this run is appended. */
  readonly args: readonly string[];
  readonly cwd: string;
}

/**
 * Milliseconds from spawning `launch` to the first 200 of `GET /charges` on 127.0.0.1, polled every 2 ms.
 * The process runs in a group of its own and the whole group is stopped after, so a server that `npx`
 * started stops with it.
 */
export async function timeToFirst200(launch: Launch): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(launch.command, [...launch.args, String(port)], {
    cwd: launch.cwd,
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    while (performance.now() - started < GIVE_UP_MS) {
      if (await answers200(`http://127.0.0.1:${port}/charges`)) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error(`${launch.command} ${launch.args.join(' ')} gave no 200 within ${GIVE_UP_MS} ms`);
  } finally {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { headers: auth });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
