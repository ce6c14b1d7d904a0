import type { CardRecord, CustomerRecord } from '../domain/records.js';
import { paginate } from '../store/paginate.js';
import type { RenderContext } from './api-version.js';
import { renderCard } from './render-card.js';
import { renderList } from './render-list.js';
import { iso } from './timestamps.js';

/**
 * A customer (omise-php 2025 customers-post.json): its cards as a list of the first 20, `default_card`, and
 * an empty `linked_accounts` list (the simulator has no linked accounts). Deleting empties `cards`
 * (customers/...-delete.json).
 */
export function renderCustomer(
  customer: CustomerRecord,
  cards: readonly CardRecord[],
  ctx: RenderContext,
): Record<string, unknown> {
  const base = `/customers/${customer.id}`;
  const query = { limit: 20, offset: 0, order: 'chronological' as const, from: 0, to: ctx.now };
  const created = iso(customer.createdAt);
  return {
    object: 'customer',
    id: customer.id,
    livemode: false,
    location: base,
    deleted: customer.deleted,
    metadata: customer.metadata,
    cards: renderList(paginate(cards, query), `${base}/cards`, (card) => renderCard(card, ctx), ctx),
    default_card: customer.defaultCardId,
    linked_accounts: renderList(paginate<CardRecord>([], query), `${base}/linked_accounts`, () => null, ctx),
    description: customer.description,
    email: customer.email,
    ...(ctx.version === '2017-11-02' ? { created } : { created_at: created }),
  };
}
