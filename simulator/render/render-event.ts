import type { EventRecord } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { renderCharge } from './render-charge.js';
import { renderRefund } from './render-refund.js';
import { iso } from './timestamps.js';

/**
 * An event (omise-php's events/evnt_test_...-get.json): its data is the object as it was when the event
 * happened, rendered at the given version (webhooks use the account's version, per docs.omise.co/api-webhooks).
 */
export function renderEvent(
  event: EventRecord,
  version: RenderContext['version'],
  webhookDeliveries: readonly unknown[] = [],
): Record<string, unknown> {
  const ctx: RenderContext = { version, now: event.createdAt };
  const data =
    event.data.object === 'charge'
      ? renderCharge(event.data.snapshot, ctx)
      : renderRefund(event.data.refund, ctx);
  const created = iso(event.createdAt);
  return {
    object: 'event',
    id: event.id,
    livemode: false,
    location: `/events/${event.id}`,
    webhook_deliveries: webhookDeliveries,
    data,
    key: event.key,
    ...(version === '2017-11-02' ? { created } : { created_at: created }),
  };
}
