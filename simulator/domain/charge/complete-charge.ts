import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { DomainContext } from '../context.js';
import { failureMessages } from '../methods/failure-messages.js';
import type { PaymentMethod } from '../methods/payment-method.js';
import type { ChargeRecord } from '../records.js';

/** The customer paid: pending -> successful, with a transaction. */
export function markChargePaid(charge: ChargeRecord, ctx: DomainContext): ChargeRecord {
  assertCompletable(charge, ctx.now);
  return { ...charge, status: 'successful', paidAt: ctx.now, transactionId: ctx.ids.next('trxn', ctx.now) };
}

/** The payment failed with one of the method's own failure codes: pending -> failed. */
export function markChargeFailed(
  charge: ChargeRecord,
  method: PaymentMethod,
  failureCode: string | null,
  ctx: DomainContext,
): ChargeRecord {
  const code = failureCode ?? defaultFailureCode(method);
  if (!method.failureCodes.includes(code)) {
    throw omiseError('bad_request', messages.failureCodeNotSupported(method.type, method.failureCodes));
  }
  assertCompletable(charge, ctx.now);
  return { ...charge, status: 'failed', failureCode: code, failureMessage: failureMessages[code] ?? code };
}

/** `payment_rejected` when the method has it (all seed methods do), else its first code. */
export function defaultFailureCode(method: PaymentMethod): string {
  return method.failureCodes.includes('payment_rejected')
    ? 'payment_rejected'
    : (method.failureCodes[0] ?? '');
}

function assertCompletable(charge: ChargeRecord, now: number): void {
  // api-errors: expired_charge is also "an attempt to complete a charge ... past its expiration date".
  if (charge.status === 'expired' || (charge.status === 'pending' && now >= charge.expiresAt)) {
    throw omiseError('expired_charge');
  }
  if (charge.status !== 'pending') throw omiseError('invalid_charge', messages.chargeAlready(charge.status));
}
