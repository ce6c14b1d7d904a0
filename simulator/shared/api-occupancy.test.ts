import { expect, test } from 'vitest';
import { ApiOccupancy } from './api-occupancy.js';

function occupancy() {
  let now = 0;
  const measure = new ApiOccupancy(() => now, 100);
  return {
    measure,
    at: (ms: number) => {
      now = ms;
    },
  };
}

test('is 0 while no request runs and rises towards 1 while one does', () => {
  const { measure, at } = occupancy();
  at(1000);
  expect(measure.share()).toBe(0);
  measure.enter();
  at(1100);
  expect(measure.share()).toBeCloseTo(1 - Math.exp(-1), 6);
  at(2000);
  expect(measure.share()).toBeGreaterThan(0.999);
});

test('counts the time during which at least one request runs, however many overlap', () => {
  const { measure, at } = occupancy();
  measure.enter();
  at(50);
  measure.enter();
  measure.leave();
  at(1000);
  expect(measure.share()).toBeGreaterThan(0.999);
  measure.leave();
  at(1100);
  expect(measure.share()).toBeCloseTo(Math.exp(-1), 3);
});

test('settles at the busy share of a steady pattern of requests', () => {
  const { measure, at } = occupancy();
  // 0.3 ms busy out of every 0.5 ms, for a second: 60 % busy
  for (let t = 0; t < 1000; t += 0.5) {
    at(t);
    measure.enter();
    at(t + 0.3);
    measure.leave();
  }
  at(1000);
  expect(measure.share()).toBeCloseTo(0.6, 2);
});

test('forgets a busy spell within a few windows', () => {
  const { measure, at } = occupancy();
  measure.enter();
  at(1000);
  measure.leave();
  at(1500);
  expect(measure.share()).toBeLessThan(0.01);
});

test('rates the requests started lately, per second, decaying as the share does', () => {
  const { measure, at } = occupancy();
  // 2 requests a ms for a second, looked at every ms
  for (let t = 0; t < 1000; t += 0.5) {
    at(t);
    measure.enter();
    measure.leave();
    if (t % 1 === 0) measure.rate();
  }
  at(1000);
  expect(measure.rate()).toBeCloseTo(2000, -2);
  at(1300); // three windows of nothing
  expect(measure.rate()).toBeLessThan(2000 * Math.exp(-3) * 1.01);
});

test('counts each request as it starts: a first look long after a burst does not see it as recent', () => {
  const { measure, at } = occupancy();
  for (let i = 0; i < 1000; i++) measure.enter();
  at(2000);
  expect(measure.rate()).toBeLessThan(1);
  for (let i = 0; i < 10; i++) measure.enter();
  at(2001);
  expect(measure.rate()).toBeCloseTo(10 * Math.exp(-0.01) * 10, 3); // 10 requests of a 100 ms window
});

test('reads the same rate whenever it is read, however long unread', () => {
  const seen = (readEvery: number) => {
    const { measure, at } = occupancy();
    for (let t = 0; t < 1000; t += 0.5) {
      at(t);
      measure.enter();
      measure.leave();
      if (t % readEvery === 0) measure.rate();
    }
    at(1000);
    return measure.rate();
  };
  expect(seen(1000)).toBeCloseTo(seen(1), 6);
  expect(seen(1000)).toBeCloseTo(2000, -2);
});

test('rates over the time the API had the loop: background work told of is left out', () => {
  const { measure, at } = occupancy();
  // 1 request a ms, but each ms after the first 100 also holds 0.5 ms of webhook attempts
  for (let t = 0; t < 1000; t++) {
    at(t);
    measure.enter();
    measure.leave();
    if (t >= 100) measure.exclude(0.5);
    measure.rate();
  }
  at(1000);
  expect(measure.rate()).toBeCloseTo(2000, -2);
});
