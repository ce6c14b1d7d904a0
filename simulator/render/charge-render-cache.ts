import { flagsChangeAfter } from '../domain/charge/charge-flags.js';
import { findChargeMethod } from '../domain/methods/index.js';
import type { ChargeSnapshot, RefundRecord } from '../domain/records.js';
import type { ApiVersion, RenderContext } from './api-version.js';
import { renderCharge } from './render-charge.js';

/**
 * How many charges an account keeps rendered: those clients read again and again (POS terminals polling). Few,
 * so what is kept stays small for the garbage collector.
 */
export const RENDERED_CHARGES = 64;

interface Rendered {
  readonly snapshot: ChargeSnapshot;
  /** The refunds as they were: the store grows a charge's list in place. */
  readonly refunds: readonly RefundRecord[];
  readonly version: ApiVersion;
  /** The render holds from this time until just before `until`. */
  readonly from: number;
  readonly until: number;
  readonly object: Readonly<Record<string, unknown>>;
}

/**
 * An account's charges as last rendered, handed out again while nothing they show can have changed: records
 * are immutable (a write replaces them), so the same charge, source, card and refund records at the same API
 * version render the same, as long as the time stays inside the second the render showed (the refund list's
 * `to`) and before the next deadline of the charge's flags (refund and void windows, `expires_at`) or of a
 * refund's creation. The object handed out is frozen: it is shared, and its JSON text is made once
 * (`jsonText`). At most `capacity` charges are kept; when full it starts over.
 */
export class ChargeRenderCache {
  readonly #capacity: number;
  readonly #rendered = new Map<string, Rendered>();

  constructor(capacity = RENDERED_CHARGES) {
    this.#capacity = capacity;
  }

  render(snapshot: ChargeSnapshot, ctx: RenderContext): Readonly<Record<string, unknown>> {
    const id = snapshot.charge.id;
    const kept = this.#rendered.get(id);
    if (kept && holds(kept, snapshot, ctx)) return kept.object;
    const object = Object.freeze(renderCharge(snapshot, ctx));
    if (this.#capacity === 0) return object;
    if (!kept && this.#rendered.size >= this.#capacity) this.#rendered.clear();
    this.#rendered.set(id, {
      snapshot,
      refunds: [...snapshot.refunds],
      version: ctx.version,
      from: ctx.now,
      until: renderHoldsUntil(snapshot, ctx.now),
      object,
    });
    return object;
  }
}

function holds(kept: Rendered, snapshot: ChargeSnapshot, ctx: RenderContext): boolean {
  return (
    ctx.now >= kept.from &&
    ctx.now < kept.until &&
    ctx.version === kept.version &&
    kept.snapshot.charge === snapshot.charge &&
    kept.snapshot.source === snapshot.source &&
    kept.snapshot.card === snapshot.card &&
    sameRecords(kept.refunds, snapshot.refunds)
  );
}

/** The first time after `now` at which the charge could render otherwise. */
function renderHoldsUntil(snapshot: ChargeSnapshot, now: number): number {
  let until = (Math.floor(now / 1000) + 1) * 1000;
  const method = findChargeMethod(snapshot.charge.sourceType);
  if (!method) return now;
  until = Math.min(until, flagsChangeAfter(snapshot.charge, method, now));
  for (const refund of snapshot.refunds)
    if (refund.createdAt > now) until = Math.min(until, refund.createdAt);
  return until;
}

function sameRecords(kept: readonly RefundRecord[], now: readonly RefundRecord[]): boolean {
  if (kept.length !== now.length) return false;
  for (let index = 0; index < kept.length; index++) if (kept[index] !== now[index]) return false;
  return true;
}
