import { type Context, Hono } from 'hono';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
import type { Accounts } from '../account/accounts.js';
import { ApiOccupancy } from '../shared/api-occupancy.js';
import type { AppEnv } from './app-env.js';
import { asMiddleware, FusingRouter } from './fused-routes.js';
import { answerErrors, handleErrors, type Logger, notFound } from './handle-errors.js';
import type { RequestLimits } from './limits/request-limits.js';
import { observeRequests, type RequestObserver } from './observe-requests.js';
import { parseParams } from './parse-params.js';
import { accountRoutes } from './routes/account-routes.js';
import { apiFaultRoutes } from './routes/api-fault-routes.js';
import { capabilityRoutes } from './routes/capability-routes.js';
import { chargeRoutes } from './routes/charge-routes.js';
import { clockRoutes } from './routes/clock-routes.js';
import { customerCardRoutes } from './routes/customer-card-routes.js';
import { customerRoutes } from './routes/customer-routes.js';
import { type DeliveriesOf, eventRoutes } from './routes/event-routes.js';
import { refundRoutes } from './routes/refund-routes.js';
import { simRoutes } from './routes/sim-routes.js';
import { sourceRoutes } from './routes/source-routes.js';
import { tokenRoutes } from './routes/token-routes.js';
import { andFinally, type SyncOrAsync, thenOrNow } from './sync-or-async.js';
import { isUnsimulated } from './unsimulated-paths.js';

export interface AppOptions {
  readonly accounts: Accounts;
  readonly publicUrl: string | undefined;
  readonly log: Logger;
  readonly deliveriesOf: DeliveriesOf;
  readonly limits: RequestLimits;
  /** Route modules of later layers (documents, pages, webhooks control), mounted before the API. */
  readonly extraRoutes?: readonly Hono<AppEnv>[];
  /** Hear every finished request (the activity log, the request journal). */
  readonly observers?: readonly RequestObserver[];
  /** Hears every API request start and end: how busy the API is (webhooks yield to it). */
  readonly occupancy?: ApiOccupancy;
  /** Requests wait for it: the storage engine has loaded every account. */
  readonly ready?: Promise<void>;
}

/** The Hono app: the Omise API, Omise's test-mode endpoints and the `/_sim` control API. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { accounts } = options;
  // strict: false, so `/charges/` is `/charges`: omise-php builds every collection URL with a trailing slash
  // (`ENDPOINT . '/' . $id`) and its recorded fixtures were made through those URLs.
  const onError = handleErrors(options.log);
  const router = new FusingRouter(new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] }), {
    onError,
    notFound,
  });
  const app = new Hono<AppEnv>({ strict: false, router });
  app.onError(onError);
  app.notFound(notFound);
  const dispatch = async (request: Request) => app.fetch(request);
  const notReady = pendingUntil(options.ready);
  const occupancy = options.occupancy ?? new ApiOccupancy();
  const observe = observeRequests(options.observers ?? [], options.log);
  const parse = parseParams(options.publicUrl, options.limits);
  // What every request goes through before its route, as one middleware. In order: the API's occupancy, the
  // engine's readiness, the observers (around everything after them), the parameters, the paths Omise has and
  // the simulator has not. `/_sim` requests are the tests' control and include long waits and event streams:
  // they do not count as API load. Nothing here waits unless something must (the engine loading, a body
  // streaming in, an API fault's delay): with the fused routes, a request that waits for nothing is answered
  // in the turn it arrived.
  const everyRequest = (c: Context<AppEnv>, next: () => SyncOrAsync<void>): SyncOrAsync<void> => {
    c.set('dispatch', dispatch);
    const rest = () =>
      observe(c, () => answerErrors(c, onError, () => parse(c, () => routeUnlessUnsimulated(c, next))));
    const waiting = notReady();
    const run = waiting ? () => waiting.then(rest) : rest;
    if (c.req.path.startsWith('/_sim')) return run();
    occupancy.enter();
    return andFinally(run, () => occupancy.leave());
  };
  app.use(asMiddleware(everyRequest));
  for (const routes of options.extraRoutes ?? []) app.route('/', routes);
  app.route('/', simRoutes(accounts));
  app.route('/', clockRoutes(accounts));
  app.route('/', apiFaultRoutes(accounts));
  app.route('/', sourceRoutes(accounts));
  app.route('/', tokenRoutes(accounts));
  app.route('/', customerCardRoutes(accounts));
  app.route('/', customerRoutes(accounts));
  app.route('/', refundRoutes(accounts));
  app.route('/', eventRoutes(accounts, options.deliveriesOf));
  app.route('/', chargeRoutes(accounts));
  app.route('/', capabilityRoutes(accounts));
  app.route('/', accountRoutes(accounts));
  return app;
}

/** Sends the request on to its route, unless its path is one Omise has and the simulator has not. */
function routeUnlessUnsimulated(c: Context<AppEnv>, next: () => SyncOrAsync<void>): SyncOrAsync<void> {
  if (!isUnsimulated(c.req.path)) return next();
  return thenOrNow(notFound(c), (answer) => {
    c.res = answer;
  });
}

/**
 * What a request waits for while the engine is not ready yet: the `ready` promise until it settles, then
 * nothing, so a request no longer waits a turn for it.
 */
function pendingUntil(ready: Promise<void> | undefined): () => Promise<void> | undefined {
  let pending = ready;
  ready?.then(
    () => {
      pending = undefined;
    },
    () => {},
  );
  return () => pending;
}
