import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { DomainContext } from '../context.js';
import { card as cardMethod } from '../methods/card.js';
import { failureMessages } from '../methods/failure-messages.js';
import type { ChargeRecord } from '../records.js';
import { isUncapturedAuthorization } from './charge-flags.js';
import { computeFees } from './fees.js';

/**
 * `POST /charges/:id/capture`: an uncaptured authorization becomes successful, for all of it or for
 * `capture_amount` (omise-php 2025 capture-post.json: 50000 of 100000 captured, `funding_amount` and the fees
 * on 50000, `amount` and `authorized_amount` still 100000).
 */
export function captureCharge(
  charge: ChargeRecord,
  captureAmount: number | null,
  ctx: DomainContext,
): ChargeRecord {
  if (!charge.card || !isUncapturedAuthorization(charge)) {
    const state = charge.paidAt !== null ? 'captured' : charge.status;
    throw omiseError('failed_capture', messages.notCapturable(state));
  }
  // omise-java sends `capture_amount: 0` for a full capture (CaptureRequestBuilder's unset `long`), and its
  // live test of a full capture expects the charge paid: 0 means all of it.
  const captured = captureAmount === null || captureAmount === 0 ? charge.amount : captureAmount;
  if (captured < 1 || captured > charge.amount) {
    throw omiseError('failed_capture', messages.captureAmountTooLarge(charge.amount));
  }
  return {
    ...charge,
    ...computeFees(captured, { ratePercent: cardMethod.fee.ratePercent, vatPercent: charge.vatPercent }),
    status: 'successful',
    paidAt: ctx.now,
    transactionId: ctx.ids.next('trxn', ctx.now),
    card: { ...charge.card, capturedAmount: captured },
  };
}

/**
 * The customer's 3-D Secure answer on the authorize page: passed, the card is authorized (and captured unless
 * `capture: false`), or fails with the failure its test number gives; failed, the charge fails with the code
 * chosen on the page.
 */
export function completeThreeDSecure(
  charge: ChargeRecord,
  passed: boolean,
  failureCode: string | null,
  ctx: DomainContext,
): ChargeRecord {
  if (!charge.card || charge.status !== 'pending' || charge.card.authorizedAt !== null) {
    throw omiseError('invalid_charge', messages.chargeAlready(charge.status));
  }
  if (ctx.now >= charge.expiresAt) throw omiseError('expired_charge');
  const code = passed ? charge.card.pendingFailureCode : (failureCode ?? 'payment_rejected');
  if (code !== null) {
    if (!cardMethod.failureCodes.includes(code)) {
      throw omiseError('bad_request', messages.failureCodeNotSupported('card', cardMethod.failureCodes));
    }
    return { ...charge, status: 'failed', failureCode: code, failureMessage: failureMessages[code] ?? code };
  }
  const card = { ...charge.card, authorizedAt: ctx.now };
  if (!charge.card.capture) return { ...charge, card };
  return {
    ...charge,
    card,
    status: 'successful',
    paidAt: ctx.now,
    transactionId: ctx.ids.next('trxn', ctx.now),
  };
}
