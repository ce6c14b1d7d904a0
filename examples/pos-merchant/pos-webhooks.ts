import type { MerchantBug } from './bugs.js';
import type { OmiseClient } from './omise-client.js';
import type { Order, Orders } from './orders.js';
import { type ChargeView, syncOrder } from './sync-order.js';

export interface WebhookEvent {
  readonly key: string;
  readonly data: Record<string, unknown>;
}

/** The order an event is about: by its charge id (another terminal's charges are not ours), or by metadata. */
export function orderOfEvent(orders: Orders, event: WebhookEvent, bug: MerchantBug | undefined) {
  const chargeId = String(event.key.startsWith('charge.') ? event.data.id : event.data.charge);
  const metadata = event.data.metadata as { order_id?: unknown } | undefined;
  const order =
    bug === 'finds-orders-by-metadata' && typeof metadata?.order_id === 'string'
      ? orders.get(metadata.order_id)
      : orders.byCharge(chargeId);
  return { chargeId, order };
}

/**
 * Applies a verified event to its order: fetches the charge again (the body may be stale or forged) and
 * syncs. Returns false when the event is ignored; throws when the charge cannot be fetched.
 */
export async function applyEvent(
  omise: OmiseClient,
  order: Order,
  chargeId: string,
  event: WebhookEvent,
  bug: MerchantBug | undefined,
  now: number,
): Promise<boolean> {
  const outOfOrder = event.key === 'charge.complete' && !order.seenEvents.has('charge.create');
  order.seenEvents.add(event.key);
  // The broken variant acts on charge.complete only, and only after it has seen charge.create.
  if (bug === 'loses-out-of-order-events' && (event.key === 'charge.create' || outOfOrder)) return false;
  if (bug === 'books-only-own-refunds' && event.key === 'refund.create') {
    if (!order.ownRefunds.has(String(event.data.id))) return false;
  }
  const trustsBody =
    (bug === 'trusts-webhook-payload' || bug === 'skips-signature-check') && event.key.startsWith('charge.');
  const charge = trustsBody
    ? (event.data as unknown as ChargeView)
    : ((await omise.retrieveCharge(chargeId)) as unknown as ChargeView);
  syncOrder(order, charge, event.key, bug);
  order.syncedAt = now;
  return true;
}
