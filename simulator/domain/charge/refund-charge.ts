import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { DomainContext } from '../context.js';
import type { PaymentMethod } from '../methods/payment-method.js';
import type { ChargeRecord, RefundRecord } from '../records.js';
import { capturedAmount } from './charge-flags.js';
import { refundDeadline, voidDeadline } from './windows.js';

export interface RefundRequest {
  readonly amount: number;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** A refund of part or all of what remains; inside the void window it is a void (`voided: true`). */
export function refundCharge(
  charge: ChargeRecord,
  method: PaymentMethod,
  request: RefundRequest,
  ctx: DomainContext,
): { charge: ChargeRecord; refund: RefundRecord } {
  if (charge.status !== 'successful') throw omiseError('failed_refund');
  const deadline = refundDeadline(charge, method.refund);
  if (deadline === null || ctx.now >= deadline) {
    throw omiseError('failed_refund', messages.refundWindowClosed(method.refund.windowDays));
  }
  const total = capturedAmount(charge);
  const remaining = total - charge.refundedAmount;
  if (remaining === 0) throw omiseError('failed_refund');
  if (request.amount > remaining) throw omiseError('failed_refund', messages.refundExceeds(remaining));
  if (!method.refund.partial && request.amount !== total) {
    throw omiseError('failed_refund', messages.partialRefundNotSupported);
  }
  const voidBy = voidDeadline(charge, method.voidWindow);
  const voided = voidBy !== null && ctx.now < voidBy;
  const refundedAmount = charge.refundedAmount + request.amount;
  const refund: RefundRecord = {
    id: ctx.ids.next('rfnd', ctx.now),
    chargeId: charge.id,
    amount: request.amount,
    currency: charge.currency,
    createdAt: ctx.now,
    transactionId: ctx.ids.next('trxn', ctx.now),
    voided,
    metadata: request.metadata,
  };
  return {
    charge: { ...charge, refundedAmount, voided: voided && refundedAmount === total },
    refund,
  };
}
