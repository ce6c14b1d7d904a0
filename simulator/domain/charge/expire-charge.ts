import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { wholeSecond } from '../context.js';
import type { ChargeRecord } from '../records.js';

/**
 * pending -> expired, by `POST /charges/:id/expire` or when the clock reaches `expires_at`. Either way
 * `expires_at` becomes the moment of expiry: both recorded `/expire` answers (omise-php 2025
 * `charges/chrg_test_63444wyfsg4mtvvck1z/expire-post.json`, omise-node 2020 `test/mocks/charge_expire.js`)
 * show `expires_at = expired_at`, 1 s and 23 s after creation.
 */
export function expireCharge(charge: ChargeRecord, now: number): ChargeRecord {
  if (charge.status !== 'pending')
    throw omiseError('failed_expire', messages.onlyPendingExpire(charge.status));
  const at = wholeSecond(now);
  return { ...charge, status: 'expired', expiresAt: at, expiredAt: at };
}
