import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { renderFaultConfig } from '../../webhooks/faults/render-fault-config.js';
import type { SimulatorWebhooks } from '../../webhooks/simulator-webhooks.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';

/** `/_sim/webhook_faults`: duplicate, reorder, delay, drop, stale, forge the account's deliveries. */
export function webhookFaultRoutes(accounts: Accounts, webhooks: SimulatorWebhooks): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/webhook_faults', authenticate(accounts, 'secret'));
  const render = (account: string) => {
    const counters = webhooks.faultCounters(account);
    return renderFaultConfig(account, webhooks.faults(account), counters);
  };

  routes.get('/_sim/webhook_faults', (c) => answerJson(c, render(c.get('account').name)));

  routes.put('/_sim/webhook_faults', (c) => {
    webhooks.setFaults(c.get('account').name, c.get('params'));
    return answerJson(c, render(c.get('account').name));
  });

  routes.post('/_sim/webhook_faults', (c) => {
    webhooks.addFault(c.get('account').name, c.get('params'));
    return answerJson(c, render(c.get('account').name));
  });

  routes.delete('/_sim/webhook_faults', (c) => {
    webhooks.setFaults(c.get('account').name, {});
    return answerJson(c, render(c.get('account').name));
  });

  return routes;
}
