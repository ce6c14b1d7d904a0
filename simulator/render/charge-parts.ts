import { authorizedAt, type ChargeFlags, chargeFlags } from '../domain/charge/charge-flags.js';
import { findChargeMethod } from '../domain/methods/index.js';
import type { ChargeRecord, ChargeSnapshot } from '../domain/records.js';
import { paginate } from '../store/paginate.js';
import type { RenderContext } from './api-version.js';
import { renderList } from './render-list.js';
import { renderRefund } from './render-refund.js';

// Pieces of a charge that both API versions render the same way.

export function chargeFlagsAt(charge: ChargeRecord, now: number): ChargeFlags {
  const method = findChargeMethod(charge.sourceType);
  if (!method) throw new Error(`charge ${charge.id} has unknown source type ${charge.sourceType}`);
  return chargeFlags(charge, method, now);
}

/** What a charge shows about authorization and capture; a source's charge is captured in one step when paid. */
export interface CardParts {
  /** `pre_auth` for a card charge made with `capture: false` (omise-php 2025 capture-post.json). */
  readonly authorizationType: 'pre_auth' | null;
  readonly capture: boolean;
  /** The amount captured (omise-php 2025 capture-post.json: 50000 of 100000), which `funding_amount` follows. */
  readonly capturedAmount: number;
  readonly authorizedAt: number | null;
  /** A captured card charge can be disputed (capture-post.json: `disputable: true`). */
  readonly disputable: boolean;
}

export function cardParts(charge: ChargeRecord): CardParts {
  const card = charge.card;
  if (card === null) {
    return {
      authorizationType: null,
      capture: true,
      capturedAmount: charge.amount,
      authorizedAt: charge.paidAt,
      disputable: false,
    };
  }
  // An authorization not captured yet shows 0 captured (assumed: its recordings predate the field).
  const captured = card.capturedAmount ?? (charge.paidAt === null ? 0 : charge.amount);
  return {
    authorizationType: card.capture ? null : 'pre_auth',
    capture: card.capture,
    capturedAmount: captured,
    authorizedAt: authorizedAt(charge),
    disputable: charge.status === 'successful',
  };
}

/** TrueMoney's authorize page on the simulator (the real one is https://pay.omise.co/payments/<ref>/authorize). */
export function authorizeUri(charge: ChargeRecord): string | null {
  return charge.reference === null ? null : `${charge.origin}/payments/${charge.reference}/authorize`;
}

export function renderChargeRefunds(snapshot: ChargeSnapshot, ctx: RenderContext): Record<string, unknown> {
  const query = { limit: 20, offset: 0, order: 'chronological' as const, from: 0, to: ctx.now };
  const location = `/charges/${snapshot.charge.id}/refunds`;
  return renderList(paginate(snapshot.refunds, query), location, (refund) => renderRefund(refund, ctx), ctx);
}
