import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { iso } from '../render/timestamps.js';

/**
 * Where an account clock may stand: 1970-01-01 to the end of 9999. Assumed, because Omise's clock is real
 * time; this keeps every timestamp a four-digit-year ISO 8601 time, and leaves room after it for every job
 * a clock can schedule (a 7-day expiry, 100 retries of at most 30 days), far inside JavaScript's date range.
 */
export const MIN_CLOCK_MS = 0;
export const MAX_CLOCK_MS = Date.UTC(9999, 11, 31, 23, 59, 59);

/** The largest time JavaScript can represent (ECMA-262: ±8.64e15 ms); anything beyond is an Invalid Date. */
export const MAX_DATE_MS = 8.64e15;

/** A clock move's target, refused with a 400 unless inside the clock's range. */
export function checkClockTarget(ms: number): number {
  if (!Number.isFinite(ms) || ms < MIN_CLOCK_MS || ms > MAX_CLOCK_MS) {
    throw omiseError('bad_request', messages.clockOutOfRange(iso(MIN_CLOCK_MS), iso(MAX_CLOCK_MS)));
  }
  return ms;
}
