import type { Context } from 'hono';
import type { Account } from '../account/account.js';
import type { StorageEngine } from '../store/engines/storage-engine.js';
import type { AppEnv } from './app-env.js';
import type { SyncOrAsync } from './sync-or-async.js';

/** Routes that wait for webhooks to settle: holding the account's lock meanwhile would stall every request. */
const WAITING_ROUTES = /^\/_sim\/webhooks\/(wait|drain)\/?$/;

/**
 * The one place a request meets the storage engine: a request that may change the account (any method but
 * GET/HEAD/OPTIONS, or a read that will fire due jobs) runs as one transaction; a plain read catches up.
 * Either waits first while the account fires a backlog in slices (a clock advance): it sees the account
 * before or after the advance, never in between. The wait comes last before the work, with no await between
 * them, and is checked again after each wake-up (another request woken in the same turn may have started an
 * advance), so no advance can start in that gap (and on a persistent engine one starts only inside a
 * transaction).
 */
export function runInEngine(
  engine: StorageEngine,
  account: Account,
  c: Context<AppEnv>,
  work: () => SyncOrAsync<void>,
): SyncOrAsync<void> {
  if (changesState(c)) {
    if (account.scheduler.firing) return transactAfterFiring(engine, account, work);
    return engine.transact(account, work);
  }
  const refreshing = engine.refresh(account);
  if (refreshing || account.scheduler.firing) return readAfterWaits(engine, account, refreshing, work);
  // Nothing to wait for (most reads): on in this turn, no promise awaited.
  if (account.scheduler.hasDue()) return engine.transact(account, work);
  return work();
}

async function readAfterWaits(
  engine: StorageEngine,
  account: Account,
  refreshing: Promise<void> | undefined,
  work: () => SyncOrAsync<void>,
): Promise<void> {
  if (refreshing) await refreshing;
  while (account.scheduler.firing) await account.scheduler.untilIdle();
  if (account.scheduler.hasDue()) return engine.transact(account, work);
  return work();
}

async function transactAfterFiring(engine: StorageEngine, account: Account, work: () => SyncOrAsync<void>) {
  while (account.scheduler.firing) await account.scheduler.untilIdle();
  return engine.transact(account, work);
}

function changesState(c: Context<AppEnv>): boolean {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  return !WAITING_ROUTES.test(c.req.path);
}
