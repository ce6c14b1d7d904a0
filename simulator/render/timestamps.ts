import { boundedMemo } from '../shared/bounded-memo.js';

// A render formats the same few seconds again and again (created_at, the clock's now, expiries): the strings
// of the last seconds seen are kept rather than formatted each time.
const isoOfSecond = boundedMemo(256, (second: number) =>
  new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
);

/** Omise timestamps: ISO 8601 in UTC with whole seconds, e.g. 2024-09-10T03:57:17Z. */
export function iso(ms: number): string {
  return isoOfSecond(Math.floor(ms / 1000));
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}

export const EPOCH_ISO = '1970-01-01T00:00:00Z';
