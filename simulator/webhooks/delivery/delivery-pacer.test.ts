import { expect, test } from 'vitest';
import { DEFAULT_BUSY_REQUEST_RATE, DeliveryPacer } from './delivery-pacer.js';

function pacer(busyRate: number, options: { burst?: number; busyTimeShare?: number } = {}) {
  let now = 0;
  const load = { share: 0, rate: 0, waiting: false };
  const pace = new DeliveryPacer({
    busyRate,
    burst: options.burst ?? 64,
    busyTimeShare: options.busyTimeShare ?? 1,
    occupancy: { share: () => load.share, rate: () => load.rate },
    now: () => now,
  });
  /** How many attempts start now, out of `wanted`. */
  const starts = (wanted: number) => {
    let started = 0;
    while (started < wanted && pace.take(load.waiting) === 0) started++;
    return started;
  };
  const at = (ms: number) => {
    now = ms;
  };
  return { pace, load, starts, at };
}

test('never holds attempts back while the API is not busy', () => {
  const { starts } = pacer(500);
  expect(starts(10_000)).toBe(10_000);
});

test('lets a burst go at once when the API is busy: isolated webhooks never wait', () => {
  const { load, starts } = pacer(500);
  load.share = 0.9;
  expect(starts(64)).toBe(64);
});

test('under sustained load, a backlog keeps flowing at busyRate, never starving', () => {
  const { pace, load, starts, at } = pacer(500);
  load.share = 1;
  expect(starts(1000)).toBe(64);
  expect(pace.take()).toBeCloseTo(2, 6); // ms until the next token, at 500 a second
  let started = 0;
  for (let ms = 1; ms <= 1000; ms++) {
    at(ms);
    started += starts(1000);
  }
  expect(started).toBe(500);
});

test('fills the bucket again while the API is quiet, up to the burst', () => {
  const { load, starts, at } = pacer(500);
  load.share = 1;
  starts(1000);
  load.share = 0.2;
  at(10_000);
  expect(starts(100)).toBe(100); // quiet: not paced
  load.share = 1;
  expect(starts(1000)).toBe(64);
});

test('busyRate 0 paces nothing, whatever the load', () => {
  const { load, starts } = pacer(0);
  load.share = 1;
  expect(starts(10_000)).toBe(10_000);
});

test('while the API is busy, holds attempts back once they took their share of the time', () => {
  const { pace, load, at } = pacer(500, { busyTimeShare: 0.2 });
  load.share = 1;
  expect(pace.take()).toBe(0);
  pace.spent(12); // 10 ms of credit at once: 2 ms over, made up in 10 ms at a fifth of the time
  expect(pace.take()).toBeCloseTo(10, 6);
  at(9);
  expect(pace.take()).toBeGreaterThan(0);
  at(10);
  expect(pace.take()).toBe(0);
});

test('counts no time taken while the API is quiet', () => {
  const { pace, load } = pacer(500, { busyTimeShare: 0.2 });
  pace.spent(1000);
  load.share = 1;
  expect(pace.take()).toBe(0);
});

test('counts the API busy at a high request rate, however short its requests', () => {
  const { load, starts } = pacer(500);
  load.share = 0.2; // creates back to back, each webhook's time reading as idle
  load.rate = DEFAULT_BUSY_REQUEST_RATE + 1;
  expect(starts(1000)).toBe(64);
  load.rate = DEFAULT_BUSY_REQUEST_RATE; // a test suite's pace: not busy
  expect(starts(1000)).toBe(1000);
});

test('holds nothing back while someone waits for the webhooks, however busy the API', () => {
  const { load, starts } = pacer(500, { busyTimeShare: 0.2 });
  load.share = 1;
  expect(starts(1000)).toBe(64);
  load.waiting = true;
  expect(starts(1000)).toBe(1000);
  load.waiting = false;
  expect(starts(1000)).toBe(0);
});
