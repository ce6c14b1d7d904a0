import type { Account } from '../account/account.js';
import type { EventKey, RefundRecord } from '../domain/records.js';

/**
 * Records a charge event with the charge as it is now in the store. The refund list is copied: the store's
 * index of a charge's refunds grows in place, and an event shows the charge as it was when it happened.
 */
export function recordChargeEvent(account: Account, key: EventKey, chargeId: string, at: number): void {
  const live = account.store.snapshot(chargeId);
  if (!live) return;
  const snapshot = { ...live, refunds: [...live.refunds] };
  account.recordEvent({
    id: account.ids.next('evnt', at),
    key,
    createdAt: at,
    chargeId,
    data: { object: 'charge', snapshot },
  });
}

export function recordRefundEvent(account: Account, refund: RefundRecord, at: number): void {
  account.recordEvent({
    id: account.ids.next('evnt', at),
    key: 'refund.create',
    createdAt: at,
    chargeId: refund.chargeId,
    data: { object: 'refund', refund },
  });
}
