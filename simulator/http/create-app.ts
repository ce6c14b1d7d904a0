import { Hono } from 'hono';
import type { Accounts } from '../account/accounts.js';
import type { AppEnv } from './app-env.js';
import { handleErrors, type Logger, notFound } from './handle-errors.js';
import { parseParams } from './parse-params.js';
import { apiFaultRoutes } from './routes/api-fault-routes.js';
import { capabilityRoutes } from './routes/capability-routes.js';
import { chargeRoutes } from './routes/charge-routes.js';
import { clockRoutes } from './routes/clock-routes.js';
import { type DeliveriesOf, eventRoutes } from './routes/event-routes.js';
import { refundRoutes } from './routes/refund-routes.js';
import { simRoutes } from './routes/sim-routes.js';
import { sourceRoutes } from './routes/source-routes.js';

export interface AppOptions {
  readonly accounts: Accounts;
  readonly publicUrl: string | undefined;
  readonly log: Logger;
  readonly deliveriesOf: DeliveriesOf;
  /** Route modules of later layers (documents, pages, webhooks control), mounted before the API. */
  readonly extraRoutes?: readonly Hono<AppEnv>[];
}

/** The Hono app: the Omise API, Omise's test-mode endpoints and the `/_sim` control API. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { accounts } = options;
  const app = new Hono<AppEnv>();
  app.onError(handleErrors(options.log));
  app.notFound(notFound);
  app.use(async (c, next) => {
    c.set('dispatch', async (request) => app.fetch(request));
    await next();
  });
  app.use(parseParams(options.publicUrl));
  for (const routes of options.extraRoutes ?? []) app.route('/', routes);
  app.route('/', simRoutes(accounts));
  app.route('/', clockRoutes(accounts));
  app.route('/', apiFaultRoutes(accounts));
  app.route('/', sourceRoutes(accounts));
  app.route('/', refundRoutes(accounts));
  app.route('/', eventRoutes(accounts, options.deliveriesOf));
  app.route('/', chargeRoutes(accounts));
  app.route('/', capabilityRoutes(accounts));
  return app;
}
