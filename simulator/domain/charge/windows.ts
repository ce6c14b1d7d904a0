import type { RefundRule, VoidWindow } from '../methods/payment-method.js';
import type { ChargeRecord } from '../records.js';

const DAY_MS = 24 * 3600 * 1000;

/** When a successful charge stops being voidable, or null if the method never allows a void. */
export function voidDeadline(charge: ChargeRecord, window: VoidWindow | null): number | null {
  if (!window || charge.paidAt === null) return null;
  if (window.kind === 'until_utc_cutoff') {
    const paid = new Date(charge.paidAt);
    const cutoff = Date.UTC(
      paid.getUTCFullYear(),
      paid.getUTCMonth(),
      paid.getUTCDate(),
      window.hour,
      window.minute,
    );
    return charge.paidAt < cutoff ? cutoff : cutoff + DAY_MS;
  }
  const offsetMs = window.utcOffsetHours * 3600 * 1000;
  const localMidnight = Math.floor((charge.createdAt + offsetMs) / DAY_MS) * DAY_MS;
  return localMidnight + DAY_MS - offsetMs;
}

/** When a successful charge stops being refundable. */
export function refundDeadline(charge: ChargeRecord, rule: RefundRule): number | null {
  const from = rule.from === 'paid_at' ? charge.paidAt : charge.createdAt;
  return from === null ? null : from + rule.windowDays * DAY_MS;
}
