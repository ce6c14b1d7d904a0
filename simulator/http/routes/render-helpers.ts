import type { Account } from '../../account/account.js';
import type { ChargeRecord } from '../../domain/records.js';
import type { RenderContext } from '../../render/api-version.js';
import { ChargeRenderCache } from '../../render/charge-render-cache.js';

const renderedCharges = new WeakMap<Account, ChargeRenderCache>();

/**
 * Renders a charge as it is now in the store, with its source and refunds: the same object as the last time
 * while nothing it shows has changed (see ChargeRenderCache), so a client polling a charge costs no render.
 */
export function renderStoredCharge(
  account: Account,
  charge: ChargeRecord,
  ctx: RenderContext,
): Readonly<Record<string, unknown>> {
  const snapshot = account.store.snapshot(charge.id);
  if (!snapshot) throw new Error(`charge ${charge.id} has no source ${charge.sourceId}`);
  let cache = renderedCharges.get(account);
  if (!cache) {
    cache = new ChargeRenderCache();
    renderedCharges.set(account, cache);
  }
  return cache.render(snapshot, { ...ctx, now: account.clock.now() });
}
