import type { Account } from '../../account/account.js';
import type { ChargeRecord, ChargeSnapshot } from '../../domain/records.js';
import type { RenderContext } from '../../render/api-version.js';
import { ChargeRenderCache } from '../../render/charge-render-cache.js';
import { renderCharge } from '../../render/render-charge.js';

const renderedCharges = new WeakMap<Account, ChargeRenderCache>();

/** Renders a charge as it is now in the store, with its source and refunds. */
export function renderStoredCharge(
  account: Account,
  charge: ChargeRecord,
  ctx: RenderContext,
): Record<string, unknown> {
  return renderCharge(snapshotOf(account, charge), { ...ctx, now: account.clock.now() });
}

/**
 * `renderStoredCharge` for a read of one charge: the same object as the last read while nothing it shows has
 * changed (see ChargeRenderCache), so a client polling a charge costs no render. Only reads keep what they
 * render: an answer to a write (a create) is seldom asked for again as it is, and a kept render outlives the
 * young generation of the heap, so keeping each would cost every request a copy and a promotion.
 */
export function renderReadCharge(
  account: Account,
  charge: ChargeRecord,
  ctx: RenderContext,
): Readonly<Record<string, unknown>> {
  let cache = renderedCharges.get(account);
  if (!cache) {
    cache = new ChargeRenderCache();
    renderedCharges.set(account, cache);
  }
  return cache.render(snapshotOf(account, charge), { ...ctx, now: account.clock.now() });
}

function snapshotOf(account: Account, charge: ChargeRecord): ChargeSnapshot {
  const snapshot = account.store.snapshot(charge.id);
  if (!snapshot) throw new Error(`charge ${charge.id} has no source ${charge.sourceId}`);
  return snapshot;
}
