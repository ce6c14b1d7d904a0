import { Hono } from 'hono';
import type { Accounts } from '../account/accounts.js';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/handle-errors.js';
import { ACCOUNT_NAME } from './account-name.js';
import { accountsPage } from './accounts-page.js';
import { chargePage } from './charge-page.js';
import { chargesPage, matchesSearch } from './charges-page.js';
import { dashboardActions } from './dashboard-actions.js';
import { DashboardApi, type Json } from './dashboard-api.js';
import type { DashboardFeed } from './dashboard-feed.js';
import { deliveriesRoutes } from './deliveries-routes.js';
import { liveRoutes } from './live-routes.js';
import { objectListRoutes } from './object-list-routes.js';
import { requestsPage } from './requests-page.js';
import { settingsCard } from './settings-card.js';

/**
 * `/_sim/ui`: the QA dashboard, server-rendered, working without JavaScript (with it, an account's pages
 * update themselves from its live stream). It takes no key (account names are the keys' only content anyway);
 * README "Security notes" says what that exposes.
 */
export function dashboardRoutes(accounts: Accounts, feed: DashboardFeed): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const api = (c: { var: AppEnv['Variables'] }, account: string) =>
    new DashboardApi(c.var.dispatch, c.var.origin, account);

  // A browser opening the simulator's address lands on the dashboard; API clients keep their JSON 404.
  routes.get('/', (c) =>
    c.req.header('accept')?.includes('text/html') ? c.redirect('/_sim/ui', 302) : notFound(c),
  );

  // "Open an account" is this page's own form (a literal route beside `/_sim/ui/:account` would send every
  // request through Hono's slower router).
  routes.get('/_sim/ui', (c) => {
    const name = c.req.query('account')?.trim();
    if (name !== undefined) return c.redirect(ACCOUNT_NAME.test(name) ? `/_sim/ui/${name}` : '/_sim/ui', 303);
    const summaries = [...accounts.all()].map((account) => ({
      name: account.name,
      charges: account.store.charges.size,
      events: account.store.events.size,
      now: account.clock.now(),
      frozen: account.clock.frozen,
    }));
    return c.html(accountsPage(summaries).value);
  });

  routes.get('/_sim/ui/:account', async (c) => {
    const account = c.req.param('account');
    if (!ACCOUNT_NAME.test(account)) return notFound(c);
    const client = api(c, account);
    const listed = await client.get('/charges?limit=100&order=reverse_chronological');
    const search = { q: c.req.query('q')?.trim() ?? '', status: c.req.query('status') ?? '' };
    const charges = ((listed.body.data as Json[]) ?? []).filter((charge) => matchesSearch(charge, search));
    const clock = (await client.get('/_sim/clock')).body;
    const settings = settingsCard(
      account,
      (await client.get('/_sim/webhooks')).body,
      (await client.get('/_sim/api_faults')).body,
    );
    const notice = c.req.query('notice') ?? null;
    return c.html(chargesPage({ account, charges, search, clock, settings, notice }).value);
  });

  routes.get('/_sim/ui/:account/charges/:id', async (c) => {
    const { account, id } = c.req.param();
    if (!ACCOUNT_NAME.test(account)) return notFound(c);
    const client = api(c, account);
    const charge = await client.get(`/charges/${encodeURIComponent(id)}`);
    if (charge.status !== 200) return notFound(c);
    const events = (await client.get(`/charges/${encodeURIComponent(id)}/events?limit=100`)).body
      .data as Json[];
    const attempts = (await client.get(`/_sim/deliveries?limit=100&charge=${encodeURIComponent(id)}`)).body;
    const view = {
      account,
      charge: charge.body,
      events: events ?? [],
      attempts: (attempts.data as Json[]) ?? [],
      notice: c.req.query('notice') ?? null,
    };
    return c.html(chargePage(view).value);
  });

  routes.get('/_sim/ui/:account/requests', async (c) => {
    const account = c.req.param('account');
    if (!ACCOUNT_NAME.test(account)) return notFound(c);
    const filter = {
      method: c.req.query('method') ?? '',
      path: c.req.query('path') ?? '',
      status: c.req.query('status') ?? '',
    };
    const query = new URLSearchParams({ limit: '100' });
    for (const [name, value] of Object.entries(filter)) if (value !== '') query.set(name, value);
    const listed = await api(c, account).get(`/_sim/requests?${query}`);
    const notice = listed.status === 200 ? (c.req.query('notice') ?? null) : String(listed.body.message);
    const entries = listed.status === 200 ? (listed.body.data as Json[]) : [];
    return c.html(requestsPage({ account, entries, filter, notice }).value);
  });

  routes.route('/', objectListRoutes());
  routes.route('/', deliveriesRoutes());
  routes.route('/', liveRoutes(feed));
  routes.route('/', dashboardActions());
  return routes;
}
