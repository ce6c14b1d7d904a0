import type { ChargeSnapshot } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { authorizeUri, cardParts, chargeFlagsAt, renderChargeRefunds } from './charge-parts.js';
import { renderCard } from './render-card.js';
import { renderSource } from './render-source.js';
import { iso, isoOrNull } from './timestamps.js';

/** The TrueMoney seed's charge (API 2017-11-02): `created`, lower-case currency, `refunded`, `reference`. */
export function renderCharge2017(snapshot: ChargeSnapshot, ctx: RenderContext): Record<string, unknown> {
  const { charge } = snapshot;
  const flags = chargeFlagsAt(charge, ctx.now);
  const currency = charge.currency.toLowerCase();
  const card = cardParts(charge);
  return {
    object: 'charge',
    id: charge.id,
    livemode: false,
    location: `/charges/${charge.id}`,
    amount: charge.amount,
    currency,
    funding_amount: card.capturedAmount,
    funding_currency: charge.fundingCurrency.toLowerCase(),
    description: charge.description,
    metadata: charge.metadata,
    status: charge.status,
    capture: card.capture,
    authorized: card.authorizedAt !== null,
    schedule: null,
    reversed: charge.status === 'reversed',
    reversed_at: isoOrNull(charge.reversedAt),
    expires_at: iso(charge.expiresAt),
    expired: flags.expired,
    expired_at: isoOrNull(flags.expiredAt),
    voided: charge.voided,
    paid: charge.paidAt !== null,
    paid_at: isoOrNull(charge.paidAt),
    transaction: charge.transactionId,
    refunded: charge.refundedAmount,
    refunds: renderChargeRefunds(snapshot, ctx),
    return_uri: charge.returnUri,
    failure_code: charge.failureCode,
    failure_message: charge.failureMessage,
    card: snapshot.card && renderCard(snapshot.card, ctx),
    customer: charge.card?.customerId ?? null,
    ip: charge.ip,
    dispute: null,
    created: iso(charge.createdAt),
    source: snapshot.source && renderSource(snapshot.source, charge, ctx, true),
    disputable: card.disputable,
    capturable: flags.reversible,
    reversible: flags.reversible,
    refundable: flags.refundable,
    reference: charge.reference,
    authorize_uri: authorizeUri(charge),
  };
}
