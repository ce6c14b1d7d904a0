import { type ChargeFlags, chargeFlags } from '../domain/charge/charge-flags.js';
import { findPaymentMethod } from '../domain/methods/index.js';
import type { ChargeRecord, ChargeSnapshot } from '../domain/records.js';
import { paginate } from '../store/paginate.js';
import type { RenderContext } from './api-version.js';
import { renderList } from './render-list.js';
import { renderRefund } from './render-refund.js';

// Pieces of a charge that both API versions render the same way.

export function chargeFlagsAt(charge: ChargeRecord, now: number): ChargeFlags {
  const method = findPaymentMethod(charge.sourceType);
  if (!method) throw new Error(`charge ${charge.id} has unknown source type ${charge.sourceType}`);
  return chargeFlags(charge, method, now);
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
