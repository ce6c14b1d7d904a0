import { afterEach, expect, test } from 'vitest';
import { verifyOmiseSignature } from '../signature/verify-omise-signature.js';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.js';
import { setupWebhooks, type WebhookSetup } from '../testing/webhook-test-setup.js';
import { MAX_REPLAY_FILE_DEPTH, readReplayFile } from './replay-file.js';
import { sendReplayFile } from './send-replay-file.js';

let setup: WebhookSetup;
let staging: WebhookReceiver;
afterEach(async () => {
  await setup?.close();
  await staging?.close();
});

async function exportedDay() {
  setup = await setupWebhooks();
  staging = await startWebhookReceiver();
  setup.receiver.answer((request) => (JSON.parse(request.body).key === 'charge.complete' ? 500 : 200));
  await setup.pay(await setup.createCharge());
  await setup.idle();
  const exported = await setup.api.get('/_sim/deliveries/export');
  return readReplayFile(JSON.stringify(exported.body));
}

test('exports the events with their bodies and every attempt', async () => {
  const file = await exportedDay();
  expect(file).toMatchObject({ object: 'omise_sim_replay', version: 1, account: 'hooks' });
  expect(file.events.map((event) => [event.key, event.deliveries?.map((d) => d.status)])).toEqual([
    ['charge.create', [200]],
    ['charge.complete', [500]],
  ]);
  expect(file.events[0]?.payload).toBe(setup.receiver.received[0]?.body);
  expect(file.events[1]?.deliveries?.[0]?.headers['Omise-Signature']).toBe(
    setup.receiver.received[1]?.headers['omise-signature'],
  );
});

test('replays a saved log to another URL, in order, freshly signed', async () => {
  const file = await exportedDay();
  const results = await sendReplayFile(file, { url: staging.url, secret: 'c3RhZ2luZw==' });
  expect(results.map((result) => [result.key, result.status, result.delivered])).toEqual([
    ['charge.create', 200, true],
    ['charge.complete', 200, true],
  ]);
  expect(staging.received.map((request) => request.body)).toEqual(file.events.map((event) => event.payload));
  for (const request of staging.received)
    expect(verifyOmiseSignature(request.body, request.headers, 'c3RhZ2luZw==')).toBe(true);
});

test('replays a saved log exactly as recorded: the old signature and timestamp', async () => {
  const file = await exportedDay();
  await sendReplayFile(file, { url: staging.url, asRecorded: true });
  const request = staging.received[1];
  expect(request?.headers['omise-signature']).toBe(setup.receiver.received[1]?.headers['omise-signature']);
  expect(verifyOmiseSignature(request?.body ?? '', request?.headers ?? {}, setup.secret)).toBe(false);
  expect(
    verifyOmiseSignature(request?.body ?? '', request?.headers ?? {}, setup.secret, {
      toleranceSeconds: Infinity,
    }),
  ).toBe(true);
});

test('sends an object payload the way Omise writes it', async () => {
  staging = await startWebhookReceiver();
  await sendReplayFile(
    readReplayFile('{"events":[{"payload":{"object":"event","key":"charge.complete"}}]}'),
    { url: staging.url },
  );
  expect(staging.received[0]?.body).toBe('{\n  "object": "event",\n  "key": "charge.complete"\n}\n');
});

test('says what is wrong with a file that is not a replay file', () => {
  expect(() => readReplayFile('nope')).toThrow('the file is not JSON');
  expect(() => readReplayFile('{"version":2,"events":[]}')).toThrow('version 2 is not supported');
  expect(() => readReplayFile('{"events":[{"id":"x"}]}')).toThrow(
    'events[0].payload must be the body to send',
  );
});

test('refuses a file nested past its depth, before anything is built or sent', () => {
  const payload = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
  expect(() => readReplayFile(`{"events":[{"payload":${payload}}]}`)).toThrow(
    `the file nests deeper than ${MAX_REPLAY_FILE_DEPTH} levels`,
  );
});
