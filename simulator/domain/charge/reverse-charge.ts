import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { ChargeRecord } from '../records.js';
import { isUncapturedAuthorization } from './charge-flags.js';

/**
 * Releases an uncaptured authorization: pending -> reversed, still unpaid (omise-php 2025 reverse-post.json:
 * `status: reversed`, `paid: false`, `voided: false`). A paid charge is voided by refunding it inside its
 * method's void window instead (the refund is then `voided: true`).
 */
export function reverseCharge(charge: ChargeRecord, now: number): ChargeRecord {
  if (!isUncapturedAuthorization(charge)) throw omiseError('failed_void', messages.notReversible);
  return { ...charge, status: 'reversed', reversedAt: now };
}
