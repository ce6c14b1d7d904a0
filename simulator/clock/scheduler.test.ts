import { afterEach, describe, expect, test, vi } from 'vitest';
import { AccountClock } from './account-clock.js';
import { Scheduler } from './scheduler.js';

function setup(start = Date.parse('2024-01-15T12:00:00Z')) {
  const clock = new AccountClock(() => start);
  clock.freeze();
  const errors: unknown[] = [];
  const scheduler = new Scheduler(clock, (_job, error) => errors.push(error));
  const fired: Array<{ name: string; at: number }> = [];
  const job = (name: string) => (at: number) => fired.push({ name, at });
  return { clock, scheduler, fired, job, errors, start };
}

describe('Scheduler', () => {
  afterEach(() => vi.useRealTimers());

  test('fires nothing before its due time', () => {
    const { clock, scheduler, fired, job, start } = setup();
    scheduler.schedule(start + 60_000, 'a', job('a'));
    clock.advance(59_999);
    expect(fired).toEqual([]);
  });

  test('fires every due job at its own due time, in due order, when the clock jumps past them', () => {
    const { clock, scheduler, fired, job, start } = setup();
    scheduler.schedule(start + 3000, 'c', job('c'));
    scheduler.schedule(start + 1000, 'a', job('a'));
    scheduler.schedule(start + 2000, 'b', job('b'));
    clock.advance(86_400_000);
    expect(fired).toEqual([
      { name: 'a', at: start + 1000 },
      { name: 'b', at: start + 2000 },
      { name: 'c', at: start + 3000 },
    ]);
  });

  test('fires jobs due at the same time in the order they were scheduled', () => {
    const { clock, scheduler, fired, job, start } = setup();
    for (const name of ['x', 'y', 'z']) scheduler.schedule(start + 5000, name, job(name));
    clock.advance(5000);
    expect(fired.map((f) => f.name)).toEqual(['x', 'y', 'z']);
  });

  test('runs a job that a due job schedules in the past of the new time', () => {
    const { clock, scheduler, fired, job, start } = setup();
    scheduler.schedule(start + 1000, 'first', (at) => {
      fired.push({ name: 'first', at });
      scheduler.schedule(at + 1000, 'retry', job('retry'));
    });
    clock.advance(10_000);
    expect(fired).toEqual([
      { name: 'first', at: start + 1000 },
      { name: 'retry', at: start + 2000 },
    ]);
  });

  test('skips cancelled jobs', () => {
    const { clock, scheduler, fired, job, start } = setup();
    const cancel = scheduler.schedule(start + 1000, 'a', job('a'));
    cancel();
    clock.advance(2000);
    expect(fired).toEqual([]);
  });

  test('reports a failing job and goes on with the next', () => {
    const { clock, scheduler, fired, job, errors, start } = setup();
    scheduler.schedule(start + 1000, 'boom', () => {
      throw new Error('boom');
    });
    scheduler.schedule(start + 2000, 'next', job('next'));
    clock.advance(3000);
    expect(errors).toHaveLength(1);
    expect(fired.map((f) => f.name)).toEqual(['next']);
  });

  test('fires by itself in real time while the clock runs', () => {
    vi.useFakeTimers({ now: Date.parse('2024-01-15T12:00:00Z') });
    const clock = new AccountClock();
    const scheduler = new Scheduler(clock, () => {});
    const fired: number[] = [];
    scheduler.schedule(Date.now() + 5000, 'a', (at) => fired.push(at));
    vi.advanceTimersByTime(4999);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([Date.parse('2024-01-15T12:00:05Z')]);
    scheduler.stop();
  });

  test('fires each job on time in real time, whether it was scheduled before or after a later one', () => {
    vi.useFakeTimers({ now: Date.parse('2024-01-15T12:00:00Z') });
    const clock = new AccountClock();
    const scheduler = new Scheduler(clock, () => {});
    const start = Date.now();
    const fired: number[] = [];
    scheduler.schedule(start + 5000, 'middle', (at) => fired.push(at - start));
    scheduler.schedule(start + 9000, 'later', (at) => fired.push(at - start));
    scheduler.schedule(start + 1000, 'earlier', (at) => fired.push(at - start));
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual([1000]);
    vi.advanceTimersByTime(8000);
    expect(fired).toEqual([1000, 5000, 9000]);
    scheduler.stop();
  });

  test('does not fire in real time while the clock is frozen', () => {
    vi.useFakeTimers({ now: Date.parse('2024-01-15T12:00:00Z') });
    const clock = new AccountClock();
    clock.freeze();
    const scheduler = new Scheduler(clock, () => {});
    const fired: number[] = [];
    scheduler.schedule(Date.now() + 5000, 'a', (at) => fired.push(at));
    vi.advanceTimersByTime(60_000);
    expect(fired).toEqual([]);
  });
  test('keeps one timer while requests settle and nothing is due, and fires on time', () => {
    vi.useFakeTimers({ now: Date.parse('2024-01-15T12:00:00Z') });
    const scheduler = new Scheduler(new AccountClock(), () => {});
    const start = Date.now();
    const fired: number[] = [];
    scheduler.schedule(start + 5000, 'a', (at) => fired.push(at - start));
    for (let i = 0; i < 10; i++) scheduler.runDue();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(fired).toEqual([5000]);
    scheduler.stop();
  });

  test('sets its timer again when the clock moves, even with the same next job', () => {
    vi.useFakeTimers({ now: Date.parse('2024-01-15T12:00:00Z') });
    const clock = new AccountClock();
    const scheduler = new Scheduler(clock, () => {});
    const start = Date.now();
    const fired: number[] = [];
    scheduler.schedule(start + 7_200_000, 'a', (at) => fired.push(at - start));
    clock.advance(3_600_000);
    vi.advanceTimersByTime(3_600_000);
    expect(fired).toEqual([7_200_000]);
    scheduler.stop();
  });

  test('fires a job further away than the longest timer, after the timer fired early', () => {
    vi.useFakeTimers({ now: Date.parse('2024-01-15T12:00:00Z') });
    const scheduler = new Scheduler(new AccountClock(), () => {});
    const start = Date.now();
    const fired: number[] = [];
    const due = 2 ** 31 + 1000;
    scheduler.schedule(start + due, 'a', (at) => fired.push(at - start));
    vi.advanceTimersByTime(2 ** 31 - 1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1001);
    expect(fired).toEqual([due]);
    scheduler.stop();
  });
});
