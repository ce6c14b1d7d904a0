import type { MerchantBug } from './bugs.js';
import type { Order } from './orders.js';

/** What the backend reads of a charge (fetched from the API, or, in the broken variants, from a webhook). */
export interface ChargeView {
  readonly status: string;
  readonly refunded_amount?: number;
  readonly amount: number;
  readonly failure_code?: string | null;
}

/**
 * Brings an order in line with its charge after an event: paid orders are fulfilled exactly once, failed
 * and expired ones record why, refunds are booked as Omise reports them.
 */
export function syncOrder(
  order: Order,
  charge: ChargeView,
  eventKey: string,
  bug: MerchantBug | undefined,
): void {
  if (order.closed) return;
  if (bug === 'fulfils-on-create' && eventKey === 'charge.create') {
    markPaid(order, bug, eventKey);
    return;
  }
  switch (charge.status) {
    case 'successful':
      // The broken variant keeps only the refunds it booked itself (see the refund route).
      if (bug !== 'books-only-own-refunds') order.refundedAmount = charge.refunded_amount ?? 0;
      markPaid(order, bug, eventKey);
      return;
    case 'failed':
      if (bug === 'ignores-failures') return;
      order.status = 'failed';
      order.failureCode = charge.failure_code ?? null;
      return;
    case 'expired':
      if (bug === 'ignores-expiry') return;
      order.status = 'expired';
      return;
    case 'pending':
      // Only a backend that trusts webhook bodies can be sent back to pending (by a stale payload).
      order.status = 'pending';
      return;
  }
}

export function markPaid(order: Order, bug: MerchantBug | undefined, eventKey: string): void {
  const refunded = order.refundedAmount;
  order.status = refunded === 0 ? 'paid' : refunded >= order.amount ? 'refunded' : 'partially_refunded';
  const again = bug === 'double-fulfils-on-duplicate' && eventKey === 'charge.complete';
  if (order.fulfilments === 0 || again) order.fulfilments++;
}
