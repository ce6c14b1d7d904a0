import type { Account } from '../../simulator/account/account.js';

/**
 * What a request of the account does before its route (authenticate.ts, run-in-engine.ts, for a read on the
 * memory engine): waits out a clock advance firing in slices, then fires what the account's clock made due.
 */
export async function caughtUp(account: Account): Promise<void> {
  while (account.scheduler.firing) await account.scheduler.untilIdle();
  if (account.scheduler.hasDue()) await account.scheduler.runDueInSlices();
  account.settle();
}
