import type { EventData, EventRecord } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { renderCard } from './render-card.js';
import { renderCharge } from './render-charge.js';
import { renderCustomer } from './render-customer.js';
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
  const data = renderEventData(event.data, ctx);
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

function renderEventData(data: EventData, ctx: RenderContext): Record<string, unknown> {
  switch (data.object) {
    case 'charge':
      return renderCharge(data.snapshot, ctx);
    case 'refund':
      return renderRefund(data.refund, ctx);
    case 'customer':
      return renderCustomer(data.customer, data.cards, ctx);
    case 'card':
      return renderCard(data.card, ctx);
  }
}
