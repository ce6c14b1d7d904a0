import type { ErrorCode } from '../../errors/error-codes.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { PaymentMethod } from '../methods/payment-method.js';

/** Checks an amount against the method's limits for that currency (the seeds' limits tables). */
export function checkAmount(method: PaymentMethod, amount: number, currency: string, code: ErrorCode): void {
  const limit = method.limits[currency];
  if (!limit) throw omiseError(code, messages.currencyNotSupported);
  if (amount < limit.min) throw omiseError(code, messages.amountAtLeast(limit.min));
  if (amount > limit.max) throw omiseError(code, messages.amountAtMost(limit.max));
}
