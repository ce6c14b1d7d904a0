import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { CLI_TIMEOUT_MS, type SpawnedCli, spawnCli } from './test-support/spawn-cli.js';

const running: SpawnedCli[] = [];

afterEach(() => {
  for (const cli of running.splice(0)) cli.child.kill('SIGKILL');
});

async function start(dir: string): Promise<{ cli: SpawnedCli; call: Call }> {
  const cli = spawnCli(['--port', '0', '--data-dir', dir, '--log-level', 'silent']);
  running.push(cli);
  const [, url] = await cli.waitFor(/listening on (http:\/\/\S+)/);
  return { cli, call: client(url as string) };
}

type Call = (
  method: string,
  path: string,
  body?: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

function client(url: string): Call {
  const authorization = `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`;
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
}

async function killHard(cli: SpawnedCli): Promise<void> {
  cli.child.kill('SIGKILL');
  await cli.exited;
  running.splice(running.indexOf(cli), 1);
}

const charge = { amount: 150000, currency: 'THB', source: { type: 'wechat_pay_mpm' } };

test(
  'keeps everything it answered through kill -9, and one process per directory',
  { timeout: 4 * CLI_TIMEOUT_MS },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omise-sim-data-'));
    const first = await start(dir);
    const second = spawnCli(['--port', '0', '--data-dir', dir]);
    expect(await second.exited).toBe(1);
    expect(second.stderr().trim().split('\n')).toEqual([
      `omise-sim: ${dir} is in use by another omise-sim (pid ${first.cli.child.pid}); stop it or use another --data-dir`,
    ]);
    await first.call('POST', '/_sim/clock/freeze');
    const paid = await first.call('POST', '/charges', charge);
    await first.call('POST', `/charges/${paid.id}/mark_as_paid`);
    const refund = await first.call('POST', `/charges/${paid.id}/refunds`, { amount: 5000 });
    const pending = await first.call('POST', '/charges', charge);
    const settings = await first.call('PUT', '/_sim/webhooks', { url: 'http://127.0.0.1:9/hooks' });
    const clock = await first.call('POST', '/_sim/clock/advance', { seconds: 600 });
    const events = await first.call('GET', '/events?limit=100');
    await killHard(first.cli);

    const after = await start(dir);
    expect(await after.call('GET', `/charges/${paid.id}/refunds/${refund.id}`)).toEqual(refund);
    expect((await after.call('GET', `/charges/${pending.id}`)).status).toBe('pending');
    expect(await after.call('GET', '/_sim/webhooks')).toEqual(settings);
    expect((await after.call('GET', '/_sim/clock')).now_ms).toBe(clock.now_ms);
    expect(await after.call('GET', '/events?limit=100')).toEqual(events);
    await after.call('POST', '/_sim/clock/advance', { seconds: 3 * 24 * 3600 });
    expect((await after.call('GET', `/charges/${pending.id}`)).status).toBe('expired');
    await killHard(after.cli);

    const third = await start(dir);
    await third.call('POST', '/_sim/clock/advance', { seconds: 3 * 24 * 3600 });
    const expiries = (
      (await third.call('GET', `/charges/${pending.id}/events`)).data as { key: string }[]
    ).filter((event) => event.key === 'charge.expire');
    expect(expiries).toHaveLength(1);
  },
);
