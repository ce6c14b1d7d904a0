import type { CardRecord, ChargeRecord, TokenRecord } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { renderCard } from './render-card.js';
import { iso } from './timestamps.js';

/**
 * A token (omise-php 2025 tokens-post.json): its `location` is absolute on the vault host the client called
 * (`https://vault.staging-omise.co/tokens/<id>` in the recording), and `charge_status` mirrors the charge made
 * with it ("unknown" before), as a source's does.
 */
export function renderToken(
  token: TokenRecord,
  card: CardRecord,
  charge: ChargeRecord | undefined,
  origin: string,
  ctx: RenderContext,
): Record<string, unknown> {
  const created = iso(token.createdAt);
  return {
    object: 'token',
    id: token.id,
    livemode: false,
    location: `${origin}/tokens/${token.id}`,
    used: token.used,
    charge_status: charge?.status ?? 'unknown',
    card: renderCard(card, ctx),
    ...(ctx.version === '2017-11-02' ? { created } : { created_at: created }),
  };
}
