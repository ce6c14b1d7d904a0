import { describe, expect, test } from 'vitest';
import { until } from '../test-support/until.js';
import { AccountClock } from './account-clock.js';
import { Scheduler } from './scheduler.js';

const START = Date.parse('2024-01-15T12:00:00Z');
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A frozen clock with `count` jobs, one a second, scheduled in reverse so that due order is not queue order. */
function backlog(count: number) {
  const clock = new AccountClock(() => START);
  clock.freeze();
  const scheduler = new Scheduler(clock, () => {});
  const fired: number[] = [];
  for (let i = count; i >= 1; i--) scheduler.schedule(START + i * 1000, `job ${i}`, (at) => fired.push(at));
  const due = Array.from({ length: count }, (_, i) => START + (i + 1) * 1000);
  return { clock, scheduler, fired, due };
}

describe('Scheduler.runDueInSlices', () => {
  test('fires a backlog across slices in due order, each job at its due time, and lets the loop run between', async () => {
    const { clock, scheduler, fired, due } = backlog(50);
    scheduler.sliceMs = 0; // one job a slice
    const seenBetween: number[] = [];
    const advancing = scheduler.runDueInSlices(() => clock.advance(3_600_000));
    while (scheduler.firing) {
      seenBetween.push(fired.length);
      await nextTurn();
    }
    expect(await advancing).toBe(50);
    expect(fired).toEqual(due);
    // The event loop ran while the backlog was half fired: other work is served between slices.
    expect(seenBetween.some((count) => count > 0 && count < 50)).toBe(true);
  });

  test('fires nothing out of turn when a request settles between slices', async () => {
    const { clock, scheduler, fired, due } = backlog(20);
    scheduler.sliceMs = 0;
    const advancing = scheduler.runDueInSlices(() => clock.advance(3_600_000));
    const settled: number[] = [];
    while (scheduler.firing) {
      settled.push(scheduler.runDue());
      await nextTurn();
    }
    await advancing;
    expect(settled.every((count) => count === 0)).toBe(true);
    expect(fired).toEqual(due);
  });

  test('runs two moves one after the other: the second starts from where the first left the clock', async () => {
    const { clock, scheduler, fired, due } = backlog(10);
    scheduler.sliceMs = 0;
    const nows: number[] = [];
    const first = scheduler.runDueInSlices(() => clock.advance(5_500));
    const second = scheduler.runDueInSlices(() => {
      nows.push(clock.now());
      clock.advance(5_500);
    });
    expect(await first).toBe(5);
    expect(await second).toBe(5);
    expect(nows).toEqual([START + 5_500]);
    expect(fired).toEqual(due);
  });

  test('fires a backlog its real-time timer finds in slices too, in due order', async () => {
    const clock = new AccountClock(() => START); // running, at a real time that stands still
    const scheduler = new Scheduler(clock, () => {});
    scheduler.sliceMs = 0;
    const fired: number[] = [];
    for (let i = 30; i >= 1; i--) scheduler.schedule(START - i * 1000, `job ${i}`, (at) => fired.push(at));
    await until(() => scheduler.firing);
    await until(() => !scheduler.firing);
    expect(fired).toEqual(Array.from({ length: 30 }, (_, i) => START - (30 - i) * 1000));
    scheduler.stop();
  });

  test('fires no further slice once stopped (the simulator closing mid-advance), and lets go', async () => {
    const { clock, scheduler, fired } = backlog(50);
    scheduler.sliceMs = 0;
    const advancing = scheduler.runDueInSlices(() => clock.advance(3_600_000));
    await until(() => fired.length > 0);
    scheduler.stop();
    const firedAtStop = fired.length;
    await advancing;
    expect(fired.length).toBeLessThanOrEqual(firedAtStop + 1);
    expect(fired.length).toBeLessThan(50);
    expect(scheduler.firing).toBe(false);
  });

  test('fires a backlog that fits in one slice at once, holding nothing', () => {
    const { clock, scheduler, fired, due } = backlog(3);
    scheduler.sliceMs = 3_600_000; // a slice long enough for any machine
    void scheduler.runDueInSlices(() => clock.advance(3_600_000));
    expect(fired).toEqual(due);
    expect(scheduler.firing).toBe(false);
  });

  test('fires what a job schedules in the past of the new time, in due order across slices', async () => {
    const clock = new AccountClock(() => START);
    clock.freeze();
    const scheduler = new Scheduler(clock, () => {});
    scheduler.sliceMs = 0;
    const fired: string[] = [];
    scheduler.schedule(START + 1000, 'first', (at) => {
      fired.push('first');
      scheduler.schedule(at + 1500, 'retry', () => fired.push('retry'));
    });
    scheduler.schedule(START + 2000, 'second', () => fired.push('second'));
    scheduler.schedule(START + 3000, 'third', () => fired.push('third'));
    expect(await scheduler.runDueInSlices(() => clock.advance(10_000))).toBe(4);
    expect(fired).toEqual(['first', 'second', 'retry', 'third']);
  });
});
