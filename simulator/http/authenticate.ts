import type { Context, MiddlewareHandler } from 'hono';
import type { Account } from '../account/account.js';
import type { Accounts } from '../account/accounts.js';
import { applyApiFault, TOOLING_HEADER } from '../api-faults/apply-api-fault.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { resolveApiVersion } from '../render/api-version.js';
import type { AppEnv, KeyKind } from './app-env.js';
import { asMiddleware } from './fused-routes.js';
import { parseAuthorization } from './parse-key.js';
import { requestHeader } from './request-header.js';
import { runInEngine } from './run-in-engine.js';
import type { SyncOrAsync } from './sync-or-async.js';

export { TOOLING_HEADER };

/**
 * Resolves the account from the key and checks its kind: the public key only where Omise allows it
 * (`POST /sources`, `GET /sources/:id`, `GET /capability`, and the vault's `/tokens`), the secret key everywhere.
 * Then, inside the storage engine's transaction (run-in-engine.ts), fires what the account's clock made due, so
 * every request sees expiries that are past, and applies
 * any API fault injected for the account's next calls (not to `/_sim` itself).
 * Registered once per collection as `/charges/*`, which also matches `/charges` (each more middleware costs
 * every request of its paths a turn). Runs once per request: where route modules guard the same path
 * (`/charges/:id/refunds`), a second run would settle again and use up a second API fault.
 */
export function authenticate(
  accounts: Accounts,
  accepts: 'secret' | 'public_or_secret',
): MiddlewareHandler<AppEnv> {
  // Not async: a request that waits for nothing goes on to its route in this turn (fused-routes.ts). A
  // refusal is thrown, and answered where it is thrown as any middleware's error.
  return asMiddleware((c, next) => run(accounts, accepts, c, next));
}

function run(
  accounts: Accounts,
  accepts: 'secret' | 'public_or_secret',
  c: Context<AppEnv>,
  next: () => SyncOrAsync<void>,
): SyncOrAsync<void> {
  const authenticated = c.get('keyKind');
  if (authenticated !== undefined) {
    if (!allows(accepts, authenticated)) throw omiseError('authentication_failure');
    return next();
  }
  const parsed = parseAuthorization(requestHeader(c, 'authorization'));
  if ('live' in parsed) throw omiseError('authentication_failure', messages.liveKeyRefused);
  if ('invalid' in parsed || !allows(accepts, parsed.kind)) throw omiseError('authentication_failure');
  const account = accounts.get(parsed.account);
  c.set('account', account);
  c.set('keyKind', parsed.kind);
  setRender(c, account);
  // The transaction wraps settle and the route, not an API fault's delay: a `late` answer holds no lock.
  const settled = () => {
    account.settle();
    setRender(c, account);
    return next();
  };
  // A backlog (a running clock's timer came late) fires in slices, as a clock advance does; without one
  // (most requests) the route runs in this turn.
  const work = (): SyncOrAsync<void> =>
    account.scheduler.hasDue() ? account.scheduler.runDueInSlices().then(settled) : settled();
  const faultable = !c.req.path.startsWith('/_sim') && !requestHeader(c, TOOLING_HEADER);
  const hit = faultable ? account.apiFaults.take(c.req.method, c.req.path) : null;
  if (hit) return applyApiFault(c, hit, () => runInEngine(accounts.engine, account, c, work));
  return runInEngine(accounts.engine, account, c, work);
}

/** The API version and the account's now the answer is rendered with (again after settling, in the engine). */
function setRender(c: Context<AppEnv>, account: Account): void {
  const version = resolveApiVersion(requestHeader(c, 'omise-version'), account.apiVersion);
  c.set('render', { version, now: account.clock.now() });
}

function allows(accepts: 'secret' | 'public_or_secret', kind: KeyKind): boolean {
  return kind === 'secret' || accepts === 'public_or_secret';
}
