import type { MerchantBug } from './bugs.js';
import type { OmiseClient } from './omise-client.js';
import type { Orders } from './orders.js';
import { type ChargeView, syncOrder } from './sync-order.js';

const OWN_EXPIRY_MS = 15 * 60 * 1000;
// Webhooks are retried for about 7 days: an order unheard of for a day is worth asking Omise about.
const RECONCILE_AFTER_MS = 24 * 3600 * 1000;
const FINAL = new Set(['failed', 'expired']);

/**
 * What the backend does when its clock moves: reconciles every open order it has not heard of for a day
 * with its charge, in case a webhook never came (Omise gives up after its retries). The short-expiry-timer variant instead closes
 * unpaid orders after 15 minutes, whatever the charge's own expiry.
 */
export async function onClock(
  omise: OmiseClient,
  orders: Orders,
  now: number,
  bug: MerchantBug | undefined,
): Promise<void> {
  for (const order of orders.all()) {
    if (order.closed || FINAL.has(order.status)) continue;
    if (
      bug === 'short-expiry-timer' &&
      order.status === 'pending' &&
      now - order.createdAt >= OWN_EXPIRY_MS
    ) {
      order.status = 'expired';
      order.closed = true;
      continue;
    }
    if (now - order.syncedAt < RECONCILE_AFTER_MS) continue;
    const charge = await fetchWithRetries(() => omise.retrieveCharge(order.chargeId));
    if (charge) syncOrder(order, charge as unknown as ChargeView, 'reconcile', bug);
    order.syncedAt = now;
  }
}

/** A reconciliation that meets a passing API error tries again (it runs rarely; the next run is far off). */
async function fetchWithRetries<T>(fetchIt: () => Promise<T>, attempts = 3): Promise<T | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fetchIt();
    } catch {}
  }
  return null;
}
