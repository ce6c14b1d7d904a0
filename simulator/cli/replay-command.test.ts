import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ReplayFile } from '../webhooks/replay/replay-file.js';
import { verifyOmiseSignature } from '../webhooks/signature/verify-omise-signature.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhooks/testing/webhook-receiver.js';
import { CliUsageError } from './cli-options.js';
import { replayCommand } from './replay-command.js';

const SECRET = 'c3RhZ2luZw==';
let dir: string;
let staging: WebhookReceiver;
let lines: string[];
const out = (line: string) => void lines.push(line);

const recorded = (delivered: boolean) => [
  {
    id: 'whdl_test_1',
    uri: 'http://shop.test/hooks',
    attempt: 1,
    kind: 'event',
    status: delivered ? 200 : 500,
    error: null,
    delivered,
    faults: [],
    attempted_at: '2024-03-01T10:00:00Z',
    headers: {},
  },
];
const file: ReplayFile = {
  object: 'omise_sim_replay',
  version: 1,
  events: [
    {
      id: 'evnt_test_1',
      key: 'charge.create',
      payload: '{"object":"event","key":"charge.create"}\n',
      deliveries: recorded(true),
    },
    {
      id: 'evnt_test_2',
      key: 'charge.complete',
      payload: { object: 'event', key: 'charge.complete' },
      deliveries: recorded(false),
    },
  ],
};

beforeEach(async () => {
  lines = [];
  dir = await mkdtemp(join(tmpdir(), 'omise-sim-replay-'));
  await writeFile(join(dir, 'day.json'), JSON.stringify(file));
  staging = await startWebhookReceiver();
});
afterEach(async () => {
  await staging.close();
  await rm(dir, { recursive: true });
});

test('sends every event of the file, signed afresh, and exits 0 when all got a 2xx', async () => {
  expect(await replayCommand([join(dir, 'day.json'), '--to', staging.url, '--secret', SECRET], {}, out)).toBe(
    0,
  );
  expect(staging.received.map((request) => JSON.parse(request.body).key)).toEqual([
    'charge.create',
    'charge.complete',
  ]);
  for (const request of staging.received)
    expect(verifyOmiseSignature(request.body, request.headers, SECRET)).toBe(true);
  expect(lines.at(-1)).toBe(`replayed 2 event(s) to ${staging.url}: 2 delivered, 0 not`);
});

test('replays only the failures, with the secret from the environment, and exits 1 when one fails', async () => {
  staging.answer(() => 500);
  const env = { OMISE_SIM_WEBHOOK_SECRET: SECRET };
  expect(await replayCommand([join(dir, 'day.json'), '--to', staging.url, '--only-failed'], env, out)).toBe(
    1,
  );
  expect(staging.received.map((request) => JSON.parse(request.body).key)).toEqual(['charge.complete']);
  expect(lines[0]).toMatch(/^500 {2}charge\.complete/);
});

test('filters by key and event id', async () => {
  await replayCommand(
    [join(dir, 'day.json'), '--to', staging.url, '--unsigned', '--keys', 'charge.create'],
    {},
    out,
  );
  await replayCommand(
    [join(dir, 'day.json'), '--to', staging.url, '--unsigned', '--event', 'evnt_test_2'],
    {},
    out,
  );
  expect(staging.received.map((request) => JSON.parse(request.body).key)).toEqual([
    'charge.create',
    'charge.complete',
  ]);
  expect(staging.received[0]?.headers['omise-signature']).toBeUndefined();
});

test('refuses to run without a target, a way to sign, or a readable replay file', async () => {
  const path = join(dir, 'day.json');
  await expect(replayCommand([path, '--secret', SECRET], {}, out)).rejects.toThrow('replay needs --to URL');
  await expect(replayCommand([path, '--to', staging.url], {}, out)).rejects.toThrow(CliUsageError);
  await expect(
    replayCommand([join(dir, 'none.json'), '--to', staging.url, '--unsigned'], {}, out),
  ).rejects.toThrow('cannot read');
  await writeFile(join(dir, 'bad.json'), '{"events": 3}');
  await expect(
    replayCommand([join(dir, 'bad.json'), '--to', staging.url, '--unsigned'], {}, out),
  ).rejects.toThrow('not a replay file: expected an events list');
  // A byte that is not UTF-8 would be replayed as U+FFFD: not the body that was recorded.
  const notUtf8 = join(dir, 'latin1.json');
  await writeFile(
    notUtf8,
    Buffer.from([...Buffer.from('{"events": [{"description": "caf'), 0xe9, ...Buffer.from('"}]}')]),
  );
  await expect(replayCommand([notUtf8, '--to', staging.url, '--unsigned'], {}, out)).rejects.toThrow(
    `${notUtf8} is not valid UTF-8`,
  );
  expect(staging.received).toHaveLength(0);
});
