import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { ChargeRecord } from '../records.js';

/** pending -> expired, by `POST /charges/:id/expire` or when the clock reaches `expires_at`. */
export function expireCharge(charge: ChargeRecord, now: number): ChargeRecord {
  if (charge.status !== 'pending')
    throw omiseError('failed_expire', messages.onlyPendingExpire(charge.status));
  return { ...charge, status: 'expired', expiredAt: now };
}
