import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { cliArgs } from '../../simulator/cli/test-support/spawn-cli.js';

// The Python example merchant (standard library only) through the real CLI, as a team outside Node runs it:
// `omise-sim scenarios --merchant URL`. Needs python3 on the PATH (CI has it); skipped, saying so, without.
const root = fileURLToPath(new URL('../..', import.meta.url));
const merchantScript = fileURLToPath(new URL('./merchant.py', import.meta.url));
const python = hasPython();
const TIMEOUT = 180_000;
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) child.kill();
});

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    console.warn('python3 not found: the Python merchant tests are skipped');
    return false;
  }
}

/** Starts the merchant on a free port; resolves with its URL once it says where it listens. */
async function startMerchant(bug?: string): Promise<string> {
  const args = [merchantScript, '--port', '0', ...(bug ? ['--bug', bug] : [])];
  const child = spawn('python3', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())?.[0];
  if (!url) throw new Error(`the Python merchant did not start: ${line}`);
  return url;
}

/** The omise-sim command line itself, built from the sources under test as the bin is (see cliArgs). */
async function omiseSim(args: string[]): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, cliArgs(args), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const [status] = (await once(child, 'exit')) as [number | null];
  return { status, output };
}

test.skipIf(!python)(
  'passes every scenario against the Python merchant: the CLI exits 0',
  async () => {
    const url = await startMerchant();
    const { status, output } = await omiseSim([
      'scenarios',
      '--merchant',
      url,
      '--seed',
      '1',
      '--runs',
      '15',
    ]);
    expect(output).toContain('every invariant held: 15 runs');
    expect(status).toBe(0);
  },
  TIMEOUT,
);

test.skipIf(!python)(
  'catches the Python merchant that repeats a charge after an unclear failure: exit 1 and the report',
  async () => {
    const url = await startMerchant('blind-retry');
    const { status, output } = await omiseSim(['scenarios', '--merchant', url, '--seed', '3', '--quiet']);
    expect(status).toBe(1);
    expect(output).toContain('Merchant scenario failed: one-charge-per-order');
    expect(output).toContain("the merchant's next charge creation is made, but");
    expect(output).toContain(`run it again: npx omise-sim scenarios --merchant ${url} --seed 3 --path`);
  },
  TIMEOUT,
);
