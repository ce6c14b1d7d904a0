import type { Account } from '../account/account.js';
import { type RefundRequest, refundCharge } from '../domain/charge/refund-charge.js';
import type { RefundRecord } from '../domain/records.js';
import { findCharge, methodOf } from './find-records.js';
import { recordRefundEvent } from './record-event.js';

export function createRefundOperation(
  account: Account,
  chargeId: string,
  request: RefundRequest,
): RefundRecord {
  const current = findCharge(account, chargeId);
  const ctx = account.context();
  const { charge, refund } = refundCharge(current, methodOf(current), request, ctx);
  account.store.putCharge(charge);
  account.store.addRefund(refund);
  recordRefundEvent(account, refund, ctx.now);
  return refund;
}
