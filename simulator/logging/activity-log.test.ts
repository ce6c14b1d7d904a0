import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createSimulator, type SimulatorOptions } from '../create-simulator.js';
import { chargeParams, testApi } from '../test-support/test-api.js';
import { startWebhookReceiver } from '../webhooks/testing/webhook-receiver.js';

/** A URL nothing listens on: a server's port, closed again. */
async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}/webhooks/omise`;
}

async function payCharge(api: ReturnType<typeof testApi>): Promise<void> {
  const charge = await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true });
  expect((await api.post(`/charges/${charge.body.id}/mark_as_paid`)).status).toBe(200);
  await api.sim.webhooks.idle('shop', { timeoutMs: 60_000 });
}

function logged(options: SimulatorOptions = {}) {
  const lines: string[] = [];
  const api = testApi('shop', { logLevel: 'info', logWrite: (line) => lines.push(line), ...options });
  return { api, lines };
}

describe('the activity log', () => {
  it('prints one line per request with the account, method, path, status and duration', async () => {
    const { api, lines } = logged();
    await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true });
    await api.get('/charges/chrg_test_nope');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[omise-sim\] \S+Z shop POST \/charges 200 \d+ms$/);
    expect(lines[1]).toMatch(/ shop GET \/charges\/chrg_test_nope 404 \d+ms$/);
  });

  it('names the account of a request refused before it was authenticated, and "-" without a key', async () => {
    const { api, lines } = logged();
    await api.post('/charges', { amount: 'x'.repeat(20) }, { key: 'pkey_test_shop' });
    await api.get('/charges', {}, { key: null });
    expect(lines[0]).toMatch(/ shop POST \/charges 401 /);
    expect(lines[1]).toMatch(/ - GET \/charges 401 /);
  });

  it('marks a failed delivery FAILED with why, and a delivered one with its status', async () => {
    const receiver = await startWebhookReceiver();
    const refused = await refusingUrl();
    const { api, lines } = logged({ webhooks: { url: refused } });
    try {
      await payCharge(api);
      const failed = lines.filter((line) => line.includes(' webhook '));
      expect(failed.map((line) => /webhook (\S+)/.exec(line)?.[1])).toEqual([
        'charge.create',
        'charge.complete',
      ]);
      for (const line of failed)
        expect(line).toMatch(
          new RegExp(
            `shop webhook charge\\.\\w+ evnt_test_\\w+ -> ${refused} FAILED connection failed: .*ECONNREFUSED.*` +
              ' \\d+ms \\(attempt 1, retry at \\S+Z\\)$',
          ),
        );
      expect((await api.send('PUT', '/_sim/webhooks', { url: receiver.url }, { json: true })).status).toBe(
        200,
      );
      await payCharge(api);
      const delivered = lines.filter((line) => line.includes(` -> ${receiver.url} `));
      expect(delivered).toHaveLength(2);
      for (const line of delivered) expect(line).toMatch(/ 200 \d+ms \(attempt 1\)$/);
    } finally {
      await receiver.close();
      await api.sim.close();
    }
  });

  it('writes one JSON object a line with --log-format json', async () => {
    const { api, lines } = logged({ logFormat: 'json' });
    await api.get('/charges');
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      type: 'request',
      account: 'shop',
      method: 'GET',
      path: '/charges',
      status: 200,
      durationMs: expect.any(Number),
      time: expect.stringMatching(/Z$/),
    });
  });

  it('adds the User-Agent at debug level', async () => {
    const { api, lines } = logged({ logLevel: 'debug' });
    await api.get('/charges', {}, { headers: { 'user-agent': 'OmiseNode/1.1.0' } });
    expect(lines[0]).toMatch(/ 200 \d+ms ua="OmiseNode\/1\.1\.0"$/);
  });

  it('prints nothing under createSimulator() by default', async () => {
    const writes: string[] = [];
    const original = process.stdout.write;
    process.stdout.write = ((chunk: string) => writes.push(chunk) > 0) as typeof process.stdout.write;
    try {
      const sim = createSimulator({ log: () => {} });
      await sim.request('/charges', { headers: { authorization: `Basic ${btoa('skey_test_shop:')}` } });
      await sim.close();
    } finally {
      process.stdout.write = original;
    }
    expect(writes).toEqual([]);
  });
});
