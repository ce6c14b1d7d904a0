import { afterAll, beforeAll, expect, test } from 'vitest';
import { CliUsageError } from '../../simulator/cli/cli-options.js';
import { scenariosCommand } from '../../simulator/cli/scenarios-command.js';
import { subcommands } from '../../simulator/cli/subcommands.js';
import type { MerchantBug } from './bugs.js';
import { servePosMerchant } from './serve-pos-merchant.js';

const TIMEOUT = 120_000;
const servers: Array<{ close(): Promise<void> }> = [];
const serve = async (bug?: MerchantBug) => {
  const server = await servePosMerchant({ bug, port: 0 });
  servers.push(server);
  return server.url;
};
let reference: string;
beforeAll(async () => {
  reference = await serve();
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function run(args: string[]) {
  const lines: string[] = [];
  const status = await scenariosCommand(
    args,
    {},
    (line) => lines.push(line),
    () => {},
  );
  return { status, output: lines.join('\n') };
}

test(
  'exits 0 when every invariant holds against a merchant running over HTTP',
  async () => {
    const { status, output } = await run(['--merchant', reference, '--runs', '10', '--seed', '1']);
    expect(status).toBe(0);
    expect(output).toMatch(/every invariant held: 10 runs, \d+ steps \(seed 1\)/);
  },
  TIMEOUT,
);

test(
  'exits 1 with the report, and its printed command replays the same failure with no other option',
  async () => {
    const url = await serve('wrong-currency');
    const first = await run(['--merchant', url, '--seed', '3']);
    expect(first.status).toBe(1);
    expect(first.output).toContain('Merchant scenario failed: charge-matches-order');
    const rerun = /run it again: npx omise-sim scenarios (.*)$/m.exec(first.output)?.[1];
    expect(rerun).toContain(`--merchant ${url} --seed 3 --path "`);
    const args = (rerun ?? '').match(/"[^"]*"|\S+/g)?.map((arg) => arg.replace(/^"|"$/g, '')) ?? [];
    const again = await run(args);
    expect(again.status).toBe(1);
    const steps = (output: string) => output.split('\n').filter((line) => /^ {2}\d+\. /.test(line));
    expect(steps(again.output)).toEqual(steps(first.output));
  },
  TIMEOUT,
);

test('refuses a call without --merchant, a --path without --seed, and a count below one', async () => {
  await expect(scenariosCommand([], {})).rejects.toThrow(CliUsageError);
  await expect(scenariosCommand(['--merchant', 'http://x', '--path', '1:2'], {})).rejects.toThrow(/--seed/);
  await expect(scenariosCommand(['--merchant', 'http://x', '--runs', '0'], {})).rejects.toThrow(/--runs/);
});

test('is what `omise-sim scenarios` runs', async () => {
  await expect(subcommands.scenarios?.([], {})).rejects.toThrow(/--merchant/);
});
