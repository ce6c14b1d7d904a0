import { findChargeMethod } from '../domain/methods/index.js';
import type { ChargeRecord, ChargeSnapshot } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { authorizeUri, cardParts, chargeFlagsAt, renderChargeRefunds } from './charge-parts.js';
import { renderCard } from './render-card.js';
import { renderCharge2017 } from './render-charge-2017.js';
import { renderSource } from './render-source.js';
import { iso, isoOrNull } from './timestamps.js';

/**
 * A charge (API 2019-05-29) with the keys of omise-php's 2025 recordings in their order (charges-get.json):
 * the Alipay+ MPM seed's 57 (2024) plus `authorization_type`, `authorized_amount`, `captured_amount`,
 * `merchant_advice`, `merchant_advice_code`, `multi_capture`. 2017-11-02 as the TrueMoney seed.
 */
export function renderCharge(snapshot: ChargeSnapshot, ctx: RenderContext): Record<string, unknown> {
  if (ctx.version === '2017-11-02') return renderCharge2017(snapshot, ctx);
  const { charge } = snapshot;
  const flags = chargeFlagsAt(charge, ctx.now);
  const paid = charge.paidAt !== null;
  const card = cardParts(charge);
  return {
    object: 'charge',
    id: charge.id,
    location: `/charges/${charge.id}`,
    amount: charge.amount,
    // Every recorded charge that is not a card pre-authorization shows null, amount, amount, in any status.
    authorization_type: card.authorizationType,
    authorized_amount: charge.amount,
    captured_amount: card.capturedAmount,
    acquirer_reference_number: null,
    net: charge.net,
    fee: charge.fee,
    fee_vat: charge.feeVat,
    interest: 0,
    interest_vat: 0,
    funding_amount: card.capturedAmount,
    refunded_amount: charge.refundedAmount,
    transaction_fees: transactionFees(charge),
    platform_fee: { fixed: null, amount: null, percentage: null },
    currency: charge.currency,
    funding_currency: charge.fundingCurrency,
    ip: charge.ip,
    refunds: renderChargeRefunds(snapshot, ctx),
    link: null,
    description: charge.description,
    metadata: charge.metadata,
    card: snapshot.card && renderCard(snapshot.card, ctx),
    source: snapshot.source && renderSource(snapshot.source, charge, ctx, true),
    schedule: null,
    linked_account: null,
    customer: charge.card?.customerId ?? null,
    dispute: null,
    transaction: charge.transactionId,
    failure_code: charge.failureCode,
    failure_message: charge.failureMessage,
    merchant_advice: null,
    merchant_advice_code: null,
    status: charge.status,
    authorize_uri: authorizeUri(charge),
    return_uri: charge.returnUri,
    created_at: iso(charge.createdAt),
    paid_at: isoOrNull(charge.paidAt),
    authorized_at: isoOrNull(card.authorizedAt),
    expires_at: iso(charge.expiresAt),
    expired_at: isoOrNull(flags.expiredAt),
    reversed_at: isoOrNull(charge.reversedAt),
    multi_capture: false,
    zero_interest_installments: false,
    branch: null,
    terminal: null,
    device: null,
    authorized: card.authorizedAt !== null,
    capturable: flags.reversible,
    capture: card.capture,
    disputable: card.disputable,
    livemode: false,
    refundable: flags.refundable,
    partially_refundable: flags.partiallyRefundable,
    reversed: charge.status === 'reversed',
    reversible: flags.reversible,
    voided: charge.voided,
    paid,
    expired: flags.expired,
    can_perform_void: flags.canPerformVoid,
    approval_code: null,
  };
}

function transactionFees(charge: ChargeRecord): Record<string, string> {
  const method = findChargeMethod(charge.sourceType);
  return {
    fee_flat: '0.0',
    fee_rate: method?.fee.ratePercent ?? '0.0',
    vat_rate: charge.vatPercent,
  };
}
