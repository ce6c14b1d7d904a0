import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/handle-errors.js';
import { ACCOUNT_NAME } from './account-name.js';
import { DashboardApi, type Json } from './dashboard-api.js';
import { objectListKinds } from './object-list-kinds.js';
import { objectListPage } from './object-list-page.js';

/** `/_sim/ui/:account/sources`, `/refunds`, `/events`: read through the API's own lists, as the charges page. */
export function objectListRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  for (const [path, kind] of Object.entries(objectListKinds)) {
    routes.get(`/_sim/ui/:account/${path}`, async (c) => {
      const account = c.req.param('account');
      if (!ACCOUNT_NAME.test(account)) return notFound(c);
      const api = new DashboardApi(c.var.dispatch, c.var.origin, account);
      const listed = await api.get(`${kind.apiPath}?limit=100&order=reverse_chronological`);
      const ok = listed.status === 200;
      const search = { q: c.req.query('q')?.trim() ?? '', filter: c.req.query(kind.filterField) ?? '' };
      const notice = ok ? null : String(listed.body.message);
      const all = ok ? ((listed.body.data as Json[]) ?? []) : [];
      return c.html(objectListPage({ account, kind, path, all, search, notice }).value);
    });
  }
  return routes;
}
