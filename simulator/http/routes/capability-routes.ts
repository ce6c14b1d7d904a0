import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { renderCapability } from '../../render/render-capability.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';

export function capabilityRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/capability', authenticate(accounts, 'public_or_secret'), (c) =>
    answerJson(c, renderCapability(c.get('account').context().country)),
  );
  return routes;
}
