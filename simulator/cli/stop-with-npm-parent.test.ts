import { spawn } from 'node:child_process';
import { expect, test, vi } from 'vitest';
import { CLI_TIMEOUT_MS, cliArgs } from './test-support/spawn-cli.js';

/** Stands in for npm: starts the server as `npm start` would, and dies without passing the kill on. */
const fakeNpm = `
  const child = require('node:child_process').spawn(process.execPath, ${JSON.stringify(cliArgs(['--port', '0']))}, {
    stdio: 'inherit',
    env: { ...process.env, npm_command: 'run-script' },
  });
`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test(
  'stops and frees its port when the npm process that started it is killed',
  { timeout: CLI_TIMEOUT_MS },
  async () => {
    const npm = spawn(process.execPath, ['-e', fakeNpm], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const banner = new Promise<RegExpExecArray>((resolve) =>
      npm.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+) \(pid (\d+)\)/.exec(output);
        if (match) resolve(match);
      }),
    );
    const [, url, pid] = await banner;
    expect((await fetch(`${url}/_sim`)).status).toBe(200);
    npm.kill('SIGKILL');
    await vi.waitFor(() => expect(isRunning(Number(pid))).toBe(false), { timeout: 30_000, interval: 100 });
    await expect(fetch(`${url}/_sim`)).rejects.toThrow();
  },
);
