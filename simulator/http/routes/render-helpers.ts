import type { Account } from '../../account/account.js';
import type { ChargeRecord } from '../../domain/records.js';
import type { RenderContext } from '../../render/api-version.js';
import { renderCharge } from '../../render/render-charge.js';

/** Renders a charge as it is now in the store, with its source and refunds. */
export function renderStoredCharge(
  account: Account,
  charge: ChargeRecord,
  ctx: RenderContext,
): Record<string, unknown> {
  const snapshot = account.store.snapshot(charge.id);
  if (!snapshot) throw new Error(`charge ${charge.id} has no source ${charge.sourceId}`);
  return renderCharge(snapshot, { ...ctx, now: account.clock.now() });
}
