import type { PaymentMethod } from '../methods/payment-method.js';
import type { ChargeRecord } from '../records.js';
import { refundDeadline, voidDeadline } from './windows.js';

/** The booleans a charge shows, which follow from its state, its method and the time. */
export interface ChargeFlags {
  readonly refundable: boolean;
  readonly partiallyRefundable: boolean;
  /** `reversible`: only an uncaptured authorization can be reversed. */
  readonly reversible: boolean;
  /** `can_perform_void`: paid, nothing refunded, inside the method's void window (a refund now is a void). */
  readonly canPerformVoid: boolean;
  /** `expired`: an expired charge, and a failed one once its deadline has passed (status stays failed). */
  readonly expired: boolean;
  /** `expired_at`: set by expiring, and equal to `expires_at` on any charge read after its deadline. */
  readonly expiredAt: number | null;
}

export function chargeFlags(charge: ChargeRecord, method: PaymentMethod, now: number): ChargeFlags {
  const successful = charge.status === 'successful';
  const refundBy = refundDeadline(charge, method.refund);
  const refundable =
    successful && charge.refundedAmount < capturedAmount(charge) && refundBy !== null && now < refundBy;
  const voidBy = voidDeadline(charge, method.voidWindow);
  const canPerformVoid = successful && charge.refundedAmount === 0 && voidBy !== null && now < voidBy;
  return {
    refundable,
    partiallyRefundable: refundable && method.refund.partial,
    reversible: isUncapturedAuthorization(charge),
    canPerformVoid,
    ...expiryFlags(charge, now),
  };
}

/**
 * The earliest time after `now` at which `chargeFlags` may answer otherwise (Infinity if never): each flag
 * that follows the time flips at one deadline, so between `now` and this time the flags are the ones at `now`.
 */
export function flagsChangeAfter(charge: ChargeRecord, method: PaymentMethod, now: number): number {
  const deadlines = [
    refundDeadline(charge, method.refund),
    voidDeadline(charge, method.voidWindow),
    charge.expiresAt,
  ];
  let next = Number.POSITIVE_INFINITY;
  for (const deadline of deadlines)
    if (deadline !== null && deadline > now && deadline < next) next = deadline;
  return next;
}

/**
 * Real charges read after their `expires_at` show `expired_at = expires_at` whatever their status (omise-php
 * 2025 charges-get.json: 11 successful, 2 failed, 4 expired), and the failed ones `expired: true`. A pure
 * function of the record and the render time, so an event shows the charge as it was when it happened.
 */
function expiryFlags(charge: ChargeRecord, now: number): Pick<ChargeFlags, 'expired' | 'expiredAt'> {
  const pastDeadline = now >= charge.expiresAt;
  const expiredAt = charge.expiredAt ?? (pastDeadline ? charge.expiresAt : null);
  const expired = charge.status === 'expired' || (charge.status === 'failed' && pastDeadline);
  return { expired, expiredAt };
}

/** What the charge took: all of it, or what a partial capture took (refunds come out of this). */
export function capturedAmount(charge: ChargeRecord): number {
  return charge.card?.capturedAmount ?? charge.amount;
}

/**
 * When the charge was authorized. A source's charge is authorized and captured in one step, when it is paid;
 * a card charge is authorized when it is made (or when 3-D Secure passes) and captured then or later.
 */
export function authorizedAt(charge: ChargeRecord): number | null {
  return charge.card === null ? charge.paidAt : charge.card.authorizedAt;
}

/**
 * Whether `POST /charges/:id/reverse` may release the charge. Real recordings: `reversible` is false on every
 * successful charge (39 of them, 2018-2025, same-day ones included); the only `reversible: true` is an
 * uncaptured card authorization (omise-php 2025 charges-post.json), and reversing it leaves `paid: false`
 * (reverse-post.json).
 */
export function isUncapturedAuthorization(charge: ChargeRecord): boolean {
  return charge.status === 'pending' && authorizedAt(charge) !== null && charge.paidAt === null;
}
