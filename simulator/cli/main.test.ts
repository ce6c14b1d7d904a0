import { createServer, type Server } from 'node:net';
import { expect, test } from 'vitest';
import { CLI_TIMEOUT_MS, spawnCli } from './test-support/spawn-cli.js';

test('prints its options with --help', { timeout: CLI_TIMEOUT_MS }, async () => {
  const cli = spawnCli(['--help']);
  expect(await cli.exited).toBe(0);
  expect(cli.output()).toContain('--port N');
  expect(cli.output()).toContain('--max-body-bytes N');
});

test('exits with status 2 and a hint on a bad flag', { timeout: CLI_TIMEOUT_MS }, async () => {
  const cli = spawnCli(['--port', 'x']);
  expect(await cli.exited).toBe(2);
  expect(cli.stderr().trim().split('\n')).toEqual([
    'omise-sim: --port must be a whole number, not x (omise-sim --help lists the options)',
  ]);
});

/** The port answers, the process stops on the signal, and the port is free again at once. */
async function servesAndStopsOn(signal: NodeJS.Signals): Promise<void> {
  const cli = spawnCli(['--port', '0']);
  const [, url] = await cli.waitFor(/listening on (http:\/\/\S+)/);
  const port = Number(new URL(url as string).port);
  const response = await fetch(`${url}/capability`, {
    headers: { authorization: `Basic ${Buffer.from('pkey_test_cli:').toString('base64')}` },
  });
  expect(((await response.json()) as { object: string }).object).toBe('capability');
  // An event stream left open must not keep the process (or the port) alive.
  const stream = await fetch(`${url}/_sim/events/stream`, {
    headers: { authorization: `Basic ${Buffer.from('skey_test_cli:').toString('base64')}` },
  });
  expect(stream.status).toBe(200);
  cli.child.kill(signal);
  expect(await cli.exited).toBe(0);
  await stream.body?.cancel().catch(() => {});
  const again = await listenOn(port);
  await new Promise((resolve) => again.close(resolve));
}

test.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
  'serves the API on the port it prints, and frees it on %s',
  { timeout: CLI_TIMEOUT_MS },
  (signal) => servesAndStopsOn(signal),
);

test('says in one line that the port is taken, and exits 1', { timeout: CLI_TIMEOUT_MS }, async () => {
  const taken = await listenOn(0);
  const port = (taken.address() as { port: number }).port;
  try {
    const cli = spawnCli(['--port', String(port)]);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr().trim().split('\n')).toEqual([
      `omise-sim: port ${port} on 127.0.0.1 is already in use: stop what runs there or pick another port with --port`,
    ]);
  } finally {
    await new Promise((resolve) => taken.close(resolve));
  }
});

test(
  'says in one line that the host is not this machine, and exits 1',
  { timeout: CLI_TIMEOUT_MS },
  async () => {
    // 192.0.2.0/24 is TEST-NET-1: never an address of this machine.
    const cli = spawnCli(['--host', '192.0.2.1', '--port', '0']);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr().trim().split('\n')).toEqual([
      'omise-sim: --host 192.0.2.1 is not an address of this machine',
    ]);
  },
);

test('warns when it listens beyond this machine', { timeout: CLI_TIMEOUT_MS }, async () => {
  const cli = spawnCli(['--host', '0.0.0.0', '--port', '0']);
  await cli.waitFor(/listening on http/);
  await cli.waitFor(/warning: listening on 0\.0\.0\.0, beyond this machine/);
  cli.child.kill('SIGTERM');
  expect(await cli.exited).toBe(0);
});

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

test(
  'prints a line per request by default, and JSON lines with --log-format json',
  { timeout: CLI_TIMEOUT_MS },
  async () => {
    for (const [flags, line] of [
      [[], / cli GET \/capability 200 \d+ms/],
      [['--log-format', 'json'], /"type":"request","account":"cli","method":"GET","path":"\/capability"/],
    ] as const) {
      const cli = spawnCli(['--port', '0', ...flags]);
      const [, url] = await cli.waitFor(/listening on (http:\/\/\S+)/);
      await fetch(`${url}/capability`, {
        headers: { authorization: `Basic ${Buffer.from('pkey_test_cli:').toString('base64')}` },
      });
      await cli.waitFor(line);
      cli.child.kill('SIGTERM');
      expect(await cli.exited).toBe(0);
    }
  },
);
