import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { messages } from '../errors/messages.js';
import { SNAPSHOT_MAX_VALUES } from '../snapshot/snapshot-file.js';
import { cliArgs } from './test-support/spawn-cli.js';

const auth = { authorization: `Basic ${btoa('skey_test_shop:')}`, 'content-type': 'application/json' };

function startCli(args: string[]) {
  const child = spawn(process.execPath, cliArgs(args), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const hear = (chunk: unknown) => {
    output += String(chunk);
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', hear);
  child.stderr.on('data', hear);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  /** The first match of `pattern` in what the CLI prints. */
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) resolve(match);
      };
      listeners.add(check);
      check();
    });
  return { child, exited, waitFor, output: () => output };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'omise-sim-load-')), name);
  writeFileSync(file, text);
  return file;
}

test('starts from the snapshot --load names', async () => {
  const sim = createSimulator({ log: () => {} });
  const body = JSON.stringify({ amount: 150000, currency: 'THB', source: { type: 'wechat_pay_mpm' } });
  const created = await sim.request('/charges', { method: 'POST', headers: auth, body });
  const charge = (await created.json()) as { id: string };
  const file = tempFile('shop.json', await (await sim.request('/_sim/snapshot', { headers: auth })).text());
  await sim.close();
  const cli = startCli(['--port', '0', '--load', file]);
  try {
    const [, url] = await cli.waitFor(/listening on (http:\/\/\S+)/);
    const response = await fetch(`${url}/charges/${charge.id}`, { headers: auth });
    expect(((await response.json()) as { status: string }).status).toBe('pending');
  } finally {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
}, 60_000);

test('exits with status 2 saying why when --load names a file it cannot take', async () => {
  const missing = startCli(['--port', '0', '--load', 'no-such-snapshot.json']);
  expect(await missing.exited).toBe(2);
  expect(missing.output()).toContain('cannot load snapshot no-such-snapshot.json');
  const bad = tempFile(
    'bad.json',
    JSON.stringify({ format: 'omise-sim/snapshot', version: 1, accounts: [] }),
  );
  const invalid = startCli(['--port', '0', '--load', bad]);
  expect(await invalid.exited).toBe(2);
  expect(invalid.output()).toContain(
    `cannot load snapshot ${bad}: snapshot field accounts is missing or invalid`,
  );
}, 60_000);

test('exits with status 2 when --load names a file over the snapshot value limit', async () => {
  const accounts = `${'0,'.repeat(SNAPSHOT_MAX_VALUES)}0`;
  const big = tempFile('big.json', `{"format":"omise-sim/snapshot","version":1,"accounts":[${accounts}]}`);
  const cli = startCli(['--port', '0', '--load', big]);
  expect(await cli.exited).toBe(2);
  expect(cli.output()).toContain(
    `cannot load snapshot ${big}: ${messages.snapshotTooManyValues(SNAPSHOT_MAX_VALUES)}`,
  );
}, 60_000);
