import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

test('prints its options with --help', async () => {
  const cli = run(['--help']);
  expect(await cli.exited).toBe(0);
  expect(cli.output()).toContain('--port N');
});

test('exits with status 2 and a hint on a bad flag', async () => {
  const cli = run(['--port', 'x']);
  expect(await cli.exited).toBe(2);
  expect(cli.output()).toContain('omise-sim --help');
});

test('serves the API on the port it prints, and stops on SIGTERM', async () => {
  const cli = run(['--port', '0']);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${cli.output()}`)), 15_000);
    cli.child.stdout.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(cli.output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
  });
  const response = await fetch(`${url}/capability`, {
    headers: { authorization: `Basic ${Buffer.from('pkey_test_cli:').toString('base64')}` },
  });
  expect(((await response.json()) as { object: string }).object).toBe('capability');
  cli.child.kill('SIGTERM');
  expect(await cli.exited).toBe(0);
}, 20_000);
