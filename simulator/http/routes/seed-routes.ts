import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { accountCountry } from '../../domain/country/account-country.js';
import { omiseError } from '../../errors/omise-error.js';
import { historyMessages } from '../../history/history-messages.js';
import { readHistoryRequest } from '../../history/read-history-request.js';
import { seedHistory } from '../../history/seed-history.js';
import { iso } from '../../render/timestamps.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';

/** `POST /_sim/seed`: a realistic past for an empty account, made by the same operations as the API. */
export function seedRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/_sim/seed', authenticate(accounts, 'secret'), (c) => {
    const { account } = c.var;
    const request = readHistoryRequest(c.get('params'), accountCountry(account.country));
    if (account.store.charges.size > 0 || account.store.sources.size > 0)
      throw omiseError('bad_request', historyMessages.accountNotEmpty);
    const history = seedHistory(account, request, c.get('origin'));
    const charges = history.chargeIds.map((id) => account.store.charges.get(id));
    const count = (status: string) => charges.filter((charge) => charge?.status === status).length;
    return answerJson(c, {
      object: 'sim_seed',
      account: account.name,
      seed: request.seed,
      from: iso(history.from),
      to: iso(history.to),
      methods: request.methods.map((method) => method.type),
      charges: charges.length,
      successful: count('successful'),
      failed: count('failed'),
      expired: count('expired'),
      pending: count('pending'),
      refunds: account.store.refunds.size,
      events: account.store.events.size,
    });
  });
  return routes;
}
