import type { CardRecord } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { iso } from './timestamps.js';

/**
 * A card (omise-php 2025 tokens-post.json, customers/.../cards/...-get.json): keys in their order. `location`
 * is null until the card belongs to a customer; `first_digits` is null in every recording.
 */
export function renderCard(card: CardRecord, ctx: RenderContext): Record<string, unknown> {
  const created = iso(card.createdAt);
  return {
    object: 'card',
    id: card.id,
    livemode: false,
    location: card.customerId === null ? null : `/customers/${card.customerId}/cards/${card.id}`,
    deleted: card.deleted,
    street1: card.street1,
    street2: card.street2,
    city: card.city,
    state: card.state,
    phone_number: card.phoneNumber,
    postal_code: card.postalCode,
    country: card.country,
    financing: card.financing,
    bank: card.bank,
    brand: card.brand,
    fingerprint: card.fingerprint,
    first_digits: null,
    last_digits: card.lastDigits,
    name: card.name,
    expiration_month: card.expirationMonth,
    expiration_year: card.expirationYear,
    security_code_check: card.securityCodeCheck,
    tokenization_method: null,
    ...(ctx.version === '2017-11-02' ? { created } : { created_at: created }),
  };
}
