import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { cardOf, createTokenOperation, findToken } from '../../operations/token-operations.js';
import { renderToken } from '../../render/render-token.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readTokenRequest } from '../requests/token-request.js';

/**
 * The vault: `POST /tokens` and `GET /tokens/:id` with the public key, as every SDK calls them on
 * vault.omise.co (the simulator serves both hosts from one address).
 */
export function tokenRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/tokens/*', authenticate(accounts, 'public_or_secret'));

  routes.post('/tokens', (c) => {
    const { details, address } = readTokenRequest(c.get('params'));
    const token = createTokenOperation(c.get('account'), details, address);
    return answerJson(c, render(c, token.id));
  });

  routes.get('/tokens/:id', (c) => answerJson(c, render(c, c.req.param('id'))));

  return routes;
}

function render(
  c: { get: <K extends 'account' | 'origin' | 'render'>(key: K) => AppEnv['Variables'][K] },
  id: string,
): Record<string, unknown> {
  const account = c.get('account');
  const token = findToken(account, id);
  const charge = token.chargeId === null ? undefined : account.store.charges.get(token.chargeId);
  return renderToken(token, cardOf(account, token.cardId), charge, c.get('origin'), c.get('render'));
}
