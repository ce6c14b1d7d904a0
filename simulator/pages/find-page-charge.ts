import type { Account } from '../account/account.js';
import type { ChargeDirectory } from '../documents/charge-directory.js';
import { findChargeMethod } from '../domain/methods/index.js';
import type { PaymentMethod } from '../domain/methods/payment-method.js';
import type { ChargeRecord, SourceRecord } from '../domain/records.js';

/** Everything a customer-facing page shows about one charge. */
export interface PageCharge {
  readonly account: Account;
  readonly charge: ChargeRecord;
  readonly source: SourceRecord | undefined;
  readonly method: PaymentMethod;
}

/**
 * The charge as it is now: fires what its account's clock made due first, as authenticated API requests
 * do, so a page never offers to pay a charge that has already expired.
 */
export function findPageCharge(directory: ChargeDirectory, chargeId: string): PageCharge | undefined {
  const account = directory.accountOf(chargeId);
  if (!account) return undefined;
  account.settle();
  const charge = account.store.charges.get(chargeId);
  const method = charge && findChargeMethod(charge.sourceType);
  if (!charge || !method) return undefined;
  return { account, charge, source: account.store.sources.get(charge.sourceId ?? ''), method };
}

/**
 * While the charge's account fires a backlog in slices (a clock advance), what to wait for before looking
 * again; undefined once it is idle. A page loops on it right before it reads and changes the charge, with no
 * await in between (a waiter woken in the same turn may start another advance), so that it shows and changes
 * the charge before or after an advance, never half way through it, as an API request does.
 */
export function pageAccountBusy(directory: ChargeDirectory, chargeId: string): Promise<void> | undefined {
  const scheduler = directory.accountOf(chargeId)?.scheduler;
  return scheduler?.firing ? scheduler.untilIdle() : undefined;
}
