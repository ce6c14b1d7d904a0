import { expect, test } from 'vitest';
import type { ChargeRecord } from '../records.js';
import { refundDeadline, voidDeadline } from './windows.js';

const at = (iso: string) => Date.parse(iso);
const charge = (createdAt: string, paidAt: string | null) =>
  ({ createdAt: at(createdAt), paidAt: paidAt === null ? null : at(paidAt) }) as ChargeRecord;
const alipayCutoff = { kind: 'until_utc_cutoff', hour: 16, minute: 15 } as const;
const bangkokDay = { kind: 'same_day', utcOffsetHours: 7 } as const;

test('lets an Alipay+ charge paid before 16:15 UTC be voided until 16:15 UTC that day', () => {
  const paid = charge('2024-09-10T03:57:17Z', '2024-09-10T04:00:00Z');
  expect(voidDeadline(paid, alipayCutoff)).toBe(at('2024-09-10T16:15:00Z'));
});

test('moves the Alipay+ void cutoff to the next day for a charge paid after 16:15 UTC', () => {
  const paid = charge('2024-09-10T16:00:00Z', '2024-09-10T16:20:00Z');
  expect(voidDeadline(paid, alipayCutoff)).toBe(at('2024-09-11T16:15:00Z'));
});

test('lets a TrueMoney charge be voided until midnight Bangkok time of the day it was created', () => {
  const paid = charge('2019-05-17T08:09:48Z', '2019-05-17T08:15:00Z');
  expect(voidDeadline(paid, bangkokDay)).toBe(at('2019-05-17T17:00:00Z'));
});

test('has no void deadline for an unpaid charge or a method without voids', () => {
  expect(voidDeadline(charge('2024-01-01T00:00:00Z', null), alipayCutoff)).toBeNull();
  expect(voidDeadline(charge('2024-01-01T00:00:00Z', '2024-01-01T00:01:00Z'), null)).toBeNull();
});

test('counts the refund window from payment or from creation, as the method says', () => {
  const paid = charge('2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z');
  expect(refundDeadline(paid, { windowDays: 90, from: 'paid_at', partial: true })).toBe(
    at('2024-04-01T00:00:00Z'),
  );
  expect(refundDeadline(paid, { windowDays: 30, from: 'created_at', partial: true })).toBe(
    at('2024-01-31T00:00:00Z'),
  );
});
