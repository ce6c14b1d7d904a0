import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CliUsageError } from '../../simulator/cli/cli-options.js';
import { replayScenarioCommand } from '../../simulator/cli/replay-scenario-command.js';
import { subcommands } from '../../simulator/cli/subcommands.js';
import { createSimulator, type RunningServer } from '../../simulator/create-simulator.js';
import { servePosMerchant } from './serve-pos-merchant.js';

const sim = createSimulator({ log: () => {} });
let server: RunningServer;
const file = join(mkdtempSync(join(tmpdir(), 'omise-sim-')), 'ignores-failures.json');
beforeAll(async () => {
  server = await sim.listen({ port: 0 });
  writeFileSync(
    file,
    JSON.stringify({
      format: 'omise-sim-scenario',
      version: 1,
      name: 'ignores-failures',
      seed: null,
      path: null,
      steps: [
        { kind: 'checkout', method: 'barcode_wechat', amount: 2000, currency: 'THB' },
        { kind: 'customer_fails', pick: 0, codePick: 0 },
      ],
      description: [],
      failure: null,
    }),
  );
});
afterAll(() => sim.close());

async function replay(bug?: 'ignores-failures', flags: readonly string[] = []) {
  const merchant = await servePosMerchant({ simUrl: server.url, secretKey: 'skey_test_qa', bug, port: 0 });
  const lines: string[] = [];
  try {
    const args = [file, '--merchant', merchant.url, '--key', 'skey_test_qa', '--sim', server.url, ...flags];
    const status = await replayScenarioCommand(args, {}, (line) => lines.push(line));
    return { status, output: lines.join('\n') };
  } finally {
    await merchant.close();
  }
}

test('exits 0 when every invariant holds against the running merchant', async () => {
  expect(await replay()).toMatchObject({
    status: 0,
    output: expect.stringContaining('every invariant held'),
  });
});

test('exits 1 and prints the broken invariant and the steps against a buggy merchant', async () => {
  const { status, output } = await replay('ignores-failures');
  expect(status).toBe(1);
  expect(output).toContain('the charge failed but the order is pending');
  expect(output).toContain('2. the payment of order-1 fails with payment_cancelled');
});

test('without --key, replays in a fresh account the merchant is given through POST /test/setup', async () => {
  const merchant = await servePosMerchant({ bug: 'ignores-failures', port: 0 });
  const lines: string[] = [];
  try {
    const status = await replayScenarioCommand([file, '--merchant', merchant.url], {}, (line) =>
      lines.push(line),
    );
    expect(status).toBe(1);
    expect(lines.join('\n')).toContain('the charge failed but the order is pending');
  } finally {
    await merchant.close();
  }
});

test('takes the timing options a report prints with its replay command', async () => {
  const { status, output } = await replay('ignores-failures', [
    '--grace-ms',
    '500',
    '--answer-timeout-ms',
    '20000',
  ]);
  expect(status).toBe(1);
  expect(output).toContain('the charge failed but the order is pending');
  await expect(
    replayScenarioCommand([file, '--merchant', 'http://x', '--answer-timeout-ms', '0'], {}),
  ).rejects.toThrow('--answer-timeout-ms must be a whole number of at least 1');
  await expect(
    replayScenarioCommand([file, '--merchant', 'http://x', '--grace-ms', 'soon'], {}),
  ).rejects.toThrow(CliUsageError);
});

test('refuses a call without --merchant or with a key that is not a test secret key', async () => {
  await expect(replayScenarioCommand([file], {})).rejects.toThrow(CliUsageError);
  await expect(
    replayScenarioCommand([file, '--merchant', 'http://x', '--key', 'pkey_test_a'], {}),
  ).rejects.toThrow(/--key skey_test_/);
});

test('is what `omise-sim replay` runs when --merchant is given', async () => {
  const replay = subcommands.replay;
  await expect(replay?.([file, '--merchant', 'http://x', '--key', 'pkey_test_a'], {})).rejects.toThrow(
    /--key skey_test_/,
  );
});
