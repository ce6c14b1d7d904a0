import { afterEach, expect, test, vi } from 'vitest';
import { createSimulator, type RunningServer, type Simulator } from '../create-simulator.js';
import { verifyOmiseSignature } from '../webhooks/signature/verify-omise-signature.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhooks/testing/webhook-receiver.js';
import { listenCommand } from './listen-command.js';

let sim: Simulator;
let server: RunningServer;
let local: WebhookReceiver;
afterEach(async () => {
  await sim.close();
  await local.close();
});

const auth = {
  authorization: `Basic ${Buffer.from('skey_test_dev:').toString('base64')}`,
  'content-type': 'application/json',
};

async function createCharge(): Promise<string> {
  const body = JSON.stringify({
    amount: 150000,
    currency: 'THB',
    source: { type: 'wechat_pay_upm', barcode: '130991292552725093' },
  });
  const response = await fetch(`${server.url}/charges`, { method: 'POST', headers: auth, body });
  return ((await response.json()) as { id: string }).id;
}

test("forwards a running simulator's events to a local URL, in order, signed with the account secret", async () => {
  sim = createSimulator({ seed: 1, log: () => {} });
  server = await sim.listen({ port: 0 });
  local = await startWebhookReceiver();
  const lines: string[] = [];
  const stop = new AbortController();
  const args = ['--forward-to', local.url, '--sim', server.url, '--key', 'skey_test_dev'];
  const running = listenCommand(args, {}, (line) => void lines.push(line), stop.signal);
  await vi.waitFor(() => expect(lines[0]).toMatch(/^Ready: forwarding dev's events/), { timeout: 30_000 });
  const charge = await createCharge();
  await fetch(`${server.url}/charges/${charge}/mark_as_paid`, { method: 'POST', headers: auth });
  await vi.waitFor(() => expect(local.received).toHaveLength(2), { timeout: 30_000 });
  expect(local.received.map((request) => JSON.parse(request.body).key)).toEqual([
    'charge.create',
    'charge.complete',
  ]);
  const secret = sim.webhooks.settings('dev').secret;
  const now = sim.account('dev').clock.now();
  for (const request of local.received)
    expect(verifyOmiseSignature(request.body, request.headers, secret, { now })).toBe(true);
  await vi.waitFor(() => expect(lines).toHaveLength(3));
  expect(lines[2]).toMatch(/^--> charge\.complete +evnt_test_\w+ {2}\[200\]/);
  stop.abort();
  expect(await running).toBe(0);
});

test('picks up after a reconnect from the last event it forwarded', async () => {
  sim = createSimulator({ seed: 1, log: () => {} });
  server = await sim.listen({ port: 0 });
  local = await startWebhookReceiver();
  await createCharge();
  const first = [...sim.account('dev').store.events.keys()][0];
  await createCharge();
  const response = await fetch(`${server.url}/_sim/events/stream?after=${first}`, { headers: auth });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const { value } = await reader.read();
  const text = new TextDecoder().decode(value);
  const second = [...sim.account('dev').store.events.keys()][1];
  expect(text).toContain('event: omise_event');
  expect(text).toContain(`id: ${second}`);
  expect(text).not.toContain(`id: ${first}\n`);
  await reader.cancel();
});
