import { afterEach, expect, test, vi } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE } from './settings/retry-schedule.js';
import { startWebhookReceiver } from './testing/webhook-receiver.js';
import {
  expectLogMatchesReceiver,
  REAL_NOW,
  START,
  setupWebhooks,
  type WebhookSetup,
} from './testing/webhook-test-setup.js';

let setup: WebhookSetup;
afterEach(() => setup?.close());

const at = (seconds: number) => Date.parse(START) + seconds * 1000;
/** When each attempt happens, in seconds after the first: 0 and the running sums of the schedule. */
function cumulative(schedule: readonly number[]): number[] {
  const times = [0];
  for (const seconds of schedule) times.push((times.at(-1) ?? 0) + seconds);
  return times;
}

test('retries a failed delivery a minute later on the account clock', async () => {
  setup = await setupWebhooks();
  setup.receiver.answer((_, index) => (index === 0 ? 500 : 200));
  await setup.createCharge();
  await setup.idle();
  expect(setup.api.sim.webhooks.status(setup.account)).toMatchObject({
    idle: true,
    scheduled: 1,
    next_attempt_at: '2024-03-01T10:01:00Z',
  });
  await setup.api.advance(59);
  await setup.idle();
  expect(setup.receiver.received).toHaveLength(1);
  await setup.api.advance(1);
  await setup.idle();
  expect(setup.log().map((a) => [a.attempt, a.status, a.delivered, a.createdAt, a.nextRetryAt])).toEqual([
    [1, 500, false, at(0), at(60)],
    [2, 200, true, at(60), null],
  ]);
  expectLogMatchesReceiver(setup);
});

test('advancing the clock a day delivers every due retry at once, in due order', async () => {
  // Only charge.create: the first charge's charge.expire (at +24 h) would go out on its own, events being
  // delivered independently by default.
  setup = await setupWebhooks({ keys: ['charge.create'] });
  setup.receiver.answer(() => 500);
  await setup.createCharge();
  await setup.api.advance(30);
  await setup.createCharge();
  await setup.idle();
  await setup.api.advance(86400 - 30);
  await setup.idle();
  const due = cumulative(DEFAULT_RETRY_SCHEDULE).filter((s) => s <= 86400);
  const expected = [...due.map(at), ...due.filter((s) => s + 30 <= 86400).map((s) => at(s + 30))].sort();
  const times = setup.log().map((attempt) => attempt.createdAt);
  expect(times).toEqual(expected);
  // Signatures carry the real time of sending (what the receiver checks), not the account time.
  const signed = setup.receiver.received.map(
    (request) => Number(request.headers['omise-signature-timestamp']) * 1000,
  );
  expect(signed).toEqual(expected.map(() => REAL_NOW));
  expectLogMatchesReceiver(setup);
});

test('gives up after the last attempt of the default schedule, 6 d 22 h 21 m after the first', async () => {
  setup = await setupWebhooks();
  setup.receiver.answer(() => 500);
  await setup.createCharge();
  await setup.idle();
  await setup.api.advance(7 * 86400);
  await setup.idle();
  // The charge expires on the way; its charge.expire is delivered on its own (not counted here).
  const log = setup.log().filter((attempt) => attempt.key === 'charge.create');
  expect(log).toHaveLength(14);
  expect(log.map((attempt) => attempt.createdAt)).toEqual(cumulative(DEFAULT_RETRY_SCHEDULE).map(at));
  expect(log.at(-1)?.createdAt).toBe(at(6 * 86400 + 22 * 3600 + 21 * 60));
  expect(log.at(-1)?.nextRetryAt).toBeNull();
  expect(setup.api.sim.webhooks.status(setup.account)).toMatchObject({ failed: 1, pending: 1 });
  expectLogMatchesReceiver(setup);
});

test('follows a configured retry schedule', async () => {
  setup = await setupWebhooks({ retry_schedule: [10, 20] });
  setup.receiver.answer(() => 500);
  await setup.createCharge();
  const status = await setup.api.sim.webhooks.drain(setup.account);
  expect(setup.log().map((attempt) => attempt.createdAt)).toEqual([at(0), at(10), at(30)]);
  expect(status).toMatchObject({ failed: 1, pending: 0 });
});

test('counts no answer within the timeout as a failure', async () => {
  setup = await setupWebhooks({ timeout_seconds: 0.2 });
  setup.receiver.answer((_, index) => (index === 0 ? { status: 200, delayMs: 1000 } : 200));
  await setup.createCharge();
  await setup.idle();
  expect(setup.log()[0]).toMatchObject({
    status: null,
    delivered: false,
    error: 'timeout: no complete answer within 0.2 s',
  });
  await setup.api.advance(60);
  await setup.idle();
  expect(setup.log()[1]).toMatchObject({ status: 200, delivered: true });
});

test('logs a refused connection and retries it', async () => {
  const closed = await startWebhookReceiver();
  await closed.close();
  setup = await setupWebhooks();
  await setup.api.send('PUT', '/_sim/webhooks', { url: closed.url }, { json: true });
  await setup.createCharge();
  await setup.idle();
  expect(setup.log()[0]).toMatchObject({ status: null, delivered: false, nextRetryAt: at(60) });
  expect(setup.log()[0]?.error).toMatch(/^connection failed: .*ECONNREFUSED/);
});

test('counts a redirect as a failure and does not follow it', async () => {
  setup = await setupWebhooks();
  setup.receiver.answer(() => 302);
  await setup.createCharge();
  await setup.idle();
  expect(setup.log()[0]).toMatchObject({ status: 302, delivered: false, error: null });
  expect(setup.receiver.received).toHaveLength(1);
});

test('fires retries by themselves while the clock runs in real time', async () => {
  setup = await setupWebhooks({ retry_schedule: [0.05] }, { realNow: Date.now });
  await setup.api.post('/_sim/clock/resume');
  setup.receiver.answer((_, index) => (index === 0 ? 500 : 200));
  await setup.createCharge();
  await vi.waitFor(() => expect(setup.log().map((attempt) => attempt.delivered)).toEqual([false, true]), {
    timeout: 30_000,
  });
  expectLogMatchesReceiver(setup);
});

test('POST /_sim/webhooks/drain moves the clock through every retry until the deliveries are done', async () => {
  setup = await setupWebhooks({ retry_schedule: [600, 600] });
  setup.receiver.answer((_, index) => (index < 2 ? 500 : 200));
  await setup.createCharge();
  const drained = await setup.api.post('/_sim/webhooks/drain', { timeout_seconds: 60 }, { json: true });
  expect(drained.body).toMatchObject({
    object: 'sim_webhook_status',
    idle: true,
    pending: 0,
    delivered: 1,
    attempts: 3,
  });
  expect(setup.now()).toBe(at(1200));
});
