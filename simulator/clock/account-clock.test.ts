import { expect, test } from 'vitest';
import { AccountClock } from './account-clock.js';

function setup() {
  let real = 1_000_000;
  const clock = new AccountClock(() => real);
  return {
    clock,
    tick: (ms: number) => {
      real += ms;
    },
  };
}

test('follows real time by default', () => {
  const { clock, tick } = setup();
  tick(500);
  expect(clock.now()).toBe(1_000_500);
});

test('stands still while frozen and goes on from there when resumed', () => {
  const { clock, tick } = setup();
  clock.freeze();
  tick(500);
  expect(clock.now()).toBe(1_000_000);
  clock.resume();
  tick(250);
  expect(clock.now()).toBe(1_000_250);
});

test('advances and sets time whether frozen or running', () => {
  const { clock, tick } = setup();
  clock.advance(60_000);
  tick(10);
  expect(clock.now()).toBe(1_060_010);
  clock.freeze();
  clock.set(5_000_000);
  expect(clock.now()).toBe(5_000_000);
});

test('tells listeners about every change', () => {
  const { clock } = setup();
  let changes = 0;
  clock.onChange(() => changes++);
  clock.advance(1);
  clock.freeze();
  clock.set(2);
  clock.resume();
  clock.reset();
  expect(changes).toBe(5);
});

test('refuses to move outside 1970..9999, changing nothing', () => {
  const clock = new AccountClock(() => Date.parse('2024-01-15T12:00:00Z'));
  clock.freeze();
  for (const to of [-1, 1e20, Number.NaN, Number.POSITIVE_INFINITY, Date.UTC(10000, 0, 1)]) {
    expect(() => clock.set(to)).toThrow(/the clock must stay between/);
  }
  expect(() => clock.advance(1e8 * 86_400_000)).toThrow(/the clock must stay between/);
  expect(clock.now()).toBe(Date.parse('2024-01-15T12:00:00Z'));
});
