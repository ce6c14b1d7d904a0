import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import type { ApiFaultRule } from '../../api-faults/api-faults.js';
import { readApiFault } from '../../api-faults/read-api-fault.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';

/** `/_sim/api_faults`: make the account's next API calls answer 429/500/503, or answer late. */
export function apiFaultRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/api_faults', authenticate(accounts, 'secret'));

  routes.get('/_sim/api_faults', (c) => c.json(renderFaults(c.var.account.apiFaults.list())));

  routes.post('/_sim/api_faults', (c) => {
    c.var.account.apiFaults.add(readApiFault(c.var.params));
    return c.json(renderFaults(c.var.account.apiFaults.list()));
  });

  routes.delete('/_sim/api_faults', (c) => {
    c.var.account.apiFaults.clear();
    return c.json(renderFaults([]));
  });

  return routes;
}

function renderFaults(rules: readonly ApiFaultRule[]): Record<string, unknown> {
  return {
    object: 'api_faults',
    data: rules.map((rule) => ({
      id: rule.id,
      status: rule.status,
      delay_ms: rule.delayMs,
      method: rule.method,
      path: rule.path,
      remaining: rule.remaining,
    })),
  };
}
