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
