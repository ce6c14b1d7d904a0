import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { PaymentMethod } from '../methods/payment-method.js';
import type { ChargeRecord } from '../records.js';
import { voidDeadline } from './windows.js';

/** A void of a successful charge inside the method's void window: successful -> reversed. */
export function reverseCharge(charge: ChargeRecord, method: PaymentMethod, now: number): ChargeRecord {
  if (!method.voidWindow) throw omiseError('failed_void', messages.voidNotSupported(method.type));
  if (charge.status !== 'successful')
    throw omiseError('failed_void', messages.onlySuccessfulVoid(charge.status));
  if (charge.refundedAmount > 0) throw omiseError('failed_void', messages.voidAfterRefund);
  const deadline = voidDeadline(charge, method.voidWindow);
  if (deadline === null || now >= deadline) throw omiseError('failed_void', messages.voidWindowClosed);
  return { ...charge, status: 'reversed', reversedAt: now, voided: true };
}
