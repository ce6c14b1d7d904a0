import type { PaymentMethod } from '../methods/payment-method.js';
import type { ChargeRecord } from '../records.js';
import { refundDeadline, voidDeadline } from './windows.js';

/** The booleans a charge shows, which follow from its state, its method and the time. */
export interface ChargeFlags {
  readonly refundable: boolean;
  readonly partiallyRefundable: boolean;
  readonly reversible: boolean;
}

export function chargeFlags(charge: ChargeRecord, method: PaymentMethod, now: number): ChargeFlags {
  const successful = charge.status === 'successful';
  const refundBy = refundDeadline(charge, method.refund);
  const refundable =
    successful && charge.refundedAmount < charge.amount && refundBy !== null && now < refundBy;
  const voidBy = voidDeadline(charge, method.voidWindow);
  const reversible = successful && charge.refundedAmount === 0 && voidBy !== null && now < voidBy;
  return { refundable, partiallyRefundable: refundable && method.refund.partial, reversible };
}
