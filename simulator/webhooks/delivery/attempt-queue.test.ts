import { expect, test } from 'vitest';
import { AccountClock } from '../../clock/account-clock.js';
import type { EventRecord } from '../../domain/records.js';
import { NO_PLAN } from '../faults/plan-faults.js';
import { AttemptQueue, type StartedAttempt } from './attempt-queue.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import type { Delivery } from './delivery.js';

function delivery(id: string): Delivery {
  const event = { id } as EventRecord;
  return {
    number: 0,
    event,
    url: 'u',
    secret: null,
    payload: '',
    kind: 'event',
    plan: NO_PLAN,
    group: id,
    firstDueAt: 0,
    held: false,
    holdUntil: null,
    state: 'queued',
    attempts: 0,
    nextAt: null,
    cancelScheduled: null,
  };
}

/** A queue whose attempts stay open until the test ends them; `retryIn` says when each would be retried. */
function setup(max: number, retryIn: number | null) {
  const clock = new AccountClock(() => 1_000_000);
  clock.freeze();
  const started: { id: string; at: number; end: () => void }[] = [];
  const run = (d: Delivery, at: number): StartedAttempt => {
    let end = () => {};
    const over = new Promise<void>((resolve) => {
      end = resolve;
    });
    started.push({ id: d.event.id, at, end });
    return { retryAt: retryIn === null ? null : at + retryIn, over };
  };
  const queue = new AttemptQueue(new ConcurrencyLimit(max), clock, run, () => {});
  return { queue, started };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('starts due attempts in due order, at their due time, within the limit', async () => {
  const { queue, started } = setup(2, null);
  queue.push(delivery('late'), 300);
  queue.push(delivery('early'), 100);
  queue.push(delivery('middle'), 200);
  await tick();
  expect(started.map((s) => [s.id, s.at])).toEqual([
    ['early', 100],
    ['middle', 200],
  ]);
  expect(queue.open).toBe(2);
  started[0]?.end();
  await tick();
  expect(started.map((s) => s.id)).toEqual(['early', 'middle', 'late']);
});

test('holds back an attempt due after the retry an open attempt could still need', async () => {
  const { queue, started } = setup(10, 60);
  queue.push(delivery('a'), 0);
  queue.push(delivery('b'), 50);
  queue.push(delivery('c'), 120);
  await tick();
  expect(started.map((s) => s.id)).toEqual(['a', 'b']);
  started[0]?.end();
  await tick();
  expect(started.map((s) => s.id)).toEqual(['a', 'b']);
  started[1]?.end();
  await tick();
  expect(started.map((s) => s.id)).toEqual(['a', 'b', 'c']);
});

test("tells the limit's pace how long starting the due attempts took, once for them all", async () => {
  const spent: number[] = [];
  const pace = { take: () => 0, spent: (ms: number) => spent.push(ms) };
  const clock = new AccountClock(() => 1_000_000);
  clock.freeze();
  const run = (): StartedAttempt => ({ retryAt: null, over: Promise.resolve() });
  const queue = new AttemptQueue(new ConcurrencyLimit(4, pace), clock, run, () => {});
  queue.push(delivery('evnt_1'), 1_000_000);
  queue.push(delivery('evnt_2'), 1_000_000);
  queue.pump();
  await tick();
  expect(spent).toHaveLength(1);
  expect(spent[0]).toBeGreaterThanOrEqual(0);
});

test("tells the limit each start's time once the ticks it queued have run (node:http writes on the next tick)", async () => {
  const clock = new AccountClock(() => 1_000_000);
  clock.freeze();
  const order: string[] = [];
  const limit = new ConcurrencyLimit(10);
  limit.spent = (ms: number) => {
    order.push(`spent ${ms >= 0}`);
  };
  const run = (d: Delivery): StartedAttempt => {
    order.push(`start ${d.event.id}`);
    process.nextTick(() => order.push(`written ${d.event.id}`));
    return { retryAt: null, over: new Promise<void>(() => {}) };
  };
  const queue = new AttemptQueue(limit, clock, run, () => {});
  queue.push(delivery('a'), 1);
  queue.push(delivery('b'), 2);
  await tick();
  expect(order).toEqual(['start a', 'start b', 'written a', 'written b', 'spent true']);
});

test('lets an attempt its account waits for past a pace that holds the others back', async () => {
  const clock = new AccountClock(() => 1_000_000);
  clock.freeze();
  const holding = { take: (urgent?: boolean) => (urgent ? 0 : 1000), spent: () => {} };
  const limit = new ConcurrencyLimit(4, holding);
  const started: string[] = [];
  const run = (d: Delivery): StartedAttempt => {
    started.push(d.event.id);
    return { retryAt: null, over: new Promise<void>(() => {}) };
  };
  let waitedFor = false;
  const waited = new AttemptQueue(
    limit,
    clock,
    run,
    () => {},
    () => waitedFor,
  );
  const other = new AttemptQueue(limit, clock, run, () => {});
  waited.push(delivery('waited'), 1);
  other.push(delivery('other'), 1);
  await tick();
  expect(started).toEqual([]);
  waitedFor = true;
  limit.recheck();
  expect(started).toEqual(['waited']);
  limit.close();
});
