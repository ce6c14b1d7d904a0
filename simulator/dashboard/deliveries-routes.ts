import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/handle-errors.js';
import { ACCOUNT_NAME } from './account-name.js';
import { DashboardApi, type Json } from './dashboard-api.js';
import { DELIVERY_FILTERS, type DeliveryFilters, deliveriesPage } from './deliveries-page.js';

/** `/_sim/ui/:account/deliveries`: the delivery log, read through `GET /_sim/deliveries` with the same filters. */
export function deliveriesRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/_sim/ui/:account/deliveries', async (c) => {
    const account = c.req.param('account');
    if (!ACCOUNT_NAME.test(account)) return notFound(c);
    const filter = Object.fromEntries(
      DELIVERY_FILTERS.map((name) => [name, c.req.query(name)?.trim() ?? '']),
    ) as DeliveryFilters;
    const query = new URLSearchParams({ limit: '100', order: 'reverse_chronological' });
    for (const [name, value] of Object.entries(filter)) if (value !== '') query.set(name, value);
    const listed = await new DashboardApi(c.var.dispatch, c.var.origin, account).get(
      `/_sim/deliveries?${query}`,
    );
    const ok = listed.status === 200;
    // A filter the API refuses (`delivered=maybe`) shows its Omise error message, as the other pages do.
    const notice = ok ? (c.req.query('notice') ?? null) : String(listed.body.message);
    const attempts = ok ? ((listed.body.data as Json[]) ?? []) : [];
    const total = ok ? Number(listed.body.total ?? attempts.length) : 0;
    return c.html(deliveriesPage({ account, attempts, total, filter, notice }).value);
  });
  return routes;
}
