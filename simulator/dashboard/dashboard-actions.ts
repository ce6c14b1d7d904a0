import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/handle-errors.js';
import { readString } from '../http/param-readers.js';
import { ACCOUNT_NAME } from './account-name.js';
import { DashboardApi } from './dashboard-api.js';
import { sameOriginPosts } from './same-origin.js';

type Form = Record<string, string>;

// Each action is the API request a client would send; the page shows the Omise error message when it fails.
const CHARGE_ACTIONS: Readonly<Record<string, { path: (id: string) => string; fields: readonly string[] }>> =
  {
    mark_as_paid: { path: (id) => `/charges/${id}/mark_as_paid`, fields: [] },
    mark_as_failed: { path: (id) => `/charges/${id}/mark_as_failed`, fields: ['failure_code'] },
    expire: { path: (id) => `/charges/${id}/expire`, fields: [] },
    refund: { path: (id) => `/charges/${id}/refunds`, fields: ['amount'] },
  };
// The account's own actions: the API request each is, and the page to go back to.
const ACCOUNT_ACTIONS: Record<
  string,
  { method: string; path: string; fields: readonly string[]; back: string }
> = {
  'clock/freeze': { method: 'POST', path: '/_sim/clock/freeze', fields: [], back: '' },
  'clock/resume': { method: 'POST', path: '/_sim/clock/resume', fields: [], back: '' },
  'clock/advance': { method: 'POST', path: '/_sim/clock/advance', fields: ['seconds'], back: '' },
  'clock/set': { method: 'POST', path: '/_sim/clock/set', fields: ['to'], back: '' },
  reset: { method: 'POST', path: '/_sim/reset', fields: [], back: '' },
  webhooks: { method: 'PUT', path: '/_sim/webhooks', fields: ['url'], back: '' },
  api_faults: { method: 'POST', path: '/_sim/api_faults', fields: ['status'], back: '' },
  'api_faults/clear': { method: 'DELETE', path: '/_sim/api_faults', fields: [], back: '' },
  'requests/clear': { method: 'DELETE', path: '/_sim/requests', fields: [], back: '/requests' },
};

/** The dashboard's form posts: each runs through the API and answers 303 back to the page it came from. */
export function dashboardActions(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/ui/*', sameOriginPosts());
  const api = (c: { var: AppEnv['Variables'] }, account: string) =>
    new DashboardApi(c.var.dispatch, c.var.origin, account);

  routes.post('/_sim/ui/:account/charges/:id/:action', async (c) => {
    const { account, id } = c.req.param();
    const action = own(CHARGE_ACTIONS, c.req.param('action'));
    if (!action || !ACCOUNT_NAME.test(account)) return notFound(c);
    const answer = await api(c, account).post(
      action.path(encodeURIComponent(id)),
      pick(c.var.params, action.fields),
    );
    return c.redirect(
      backTo(`/_sim/ui/${encodeURIComponent(account)}/charges/${encodeURIComponent(id)}`, answer),
      303,
    );
  });

  routes.post('/_sim/ui/:account/events/:id/replay', async (c) => {
    const { account, id } = c.req.param();
    if (!ACCOUNT_NAME.test(account)) return notFound(c);
    // Read first: a malformed field is refused before anything is sent.
    const charge = readString(c.var.params, 'charge') ?? '';
    const answer = await api(c, account).post(`/_sim/events/${encodeURIComponent(id)}/replay`);
    return c.redirect(
      backTo(`/_sim/ui/${encodeURIComponent(account)}/charges/${encodeURIComponent(charge)}`, answer),
      303,
    );
  });

  // The rest of the path names the action (`clock/advance`): a wildcard, since a parameter pattern that spans
  // segments would send every request through Hono's slower router. The routes above answer first.
  routes.post('/_sim/ui/:account/*', async (c) => {
    const account = c.req.param('account');
    const prefix = `/_sim/ui/${account}/`;
    const rest = c.req.path.startsWith(prefix) ? c.req.path.slice(prefix.length).replace(/\/$/, '') : '';
    const action = own(ACCOUNT_ACTIONS, rest);
    if (!action || !ACCOUNT_NAME.test(account)) return notFound(c);
    const answer = await api(c, account).send(action.method, action.path, pick(c.var.params, action.fields));
    return c.redirect(backTo(`/_sim/ui/${encodeURIComponent(account)}${action.back}`, answer), 303);
  });

  return routes;
}

/** The table's own entry, never one inherited from Object.prototype (`__proto__`, `constructor`). */
function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

function pick(body: Record<string, unknown>, fields: readonly string[]): Form {
  const form: Form = {};
  for (const field of fields) if (typeof body[field] === 'string') form[field] = body[field] as string;
  return form;
}

/** Back to the page; a failed action's Omise error message rides along to be shown once. */
function backTo(page: string, answer: { status: number; body: Record<string, unknown> }): string {
  if (answer.status < 400) return page;
  return `${page}?notice=${encodeURIComponent(String(answer.body.message ?? `status ${answer.status}`))}`;
}
