import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { renderWebhookSettings } from '../../webhooks/settings/webhook-settings.js';
import type { SimulatorWebhooks } from '../../webhooks/simulator-webhooks.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readWaitMs } from './read-wait.js';

/** `/_sim/webhooks`: where the account's events go, signed with which secret, retried how; and settling. */
export function webhookRoutes(accounts: Accounts, webhooks: SimulatorWebhooks): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/webhooks/*', authenticate(accounts, 'secret'));
  const render = (account: string) => renderWebhookSettings(account, webhooks.settings(account));

  routes.get('/_sim/webhooks', (c) => answerJson(c, render(c.get('account').name)));

  routes.put('/_sim/webhooks', (c) => {
    webhooks.configure(c.get('account').name, c.get('params'));
    return answerJson(c, render(c.get('account').name));
  });

  routes.patch('/_sim/webhooks', (c) => {
    webhooks.configure(c.get('account').name, c.get('params'), { merge: true });
    return answerJson(c, render(c.get('account').name));
  });

  routes.delete('/_sim/webhooks', (c) => {
    webhooks.configure(c.get('account').name, {});
    return answerJson(c, render(c.get('account').name));
  });

  routes.get('/_sim/webhooks/status', (c) => answerJson(c, renderStatus(c.get('account').name, webhooks)));

  routes.post('/_sim/webhooks/wait', async (c) => {
    const timeoutMs = readWaitMs(c.get('params'));
    await webhooks.idle(c.get('account').name, { timeoutMs }).catch(() => {});
    return answerJson(c, renderStatus(c.get('account').name, webhooks));
  });

  routes.post('/_sim/webhooks/drain', async (c) => {
    const timeoutMs = readWaitMs(c.get('params'));
    await webhooks.drain(c.get('account').name, { timeoutMs }).catch(() => {});
    return answerJson(c, renderStatus(c.get('account').name, webhooks));
  });

  return routes;
}

function renderStatus(account: string, webhooks: SimulatorWebhooks): Record<string, unknown> {
  return { object: 'sim_webhook_status', account, ...webhooks.status(account) };
}
