import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { isApiVersion } from '../../render/api-version.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readString } from '../param-readers.js';
import { controlApi } from './control-api.js';

/** `/_sim`: the machine-readable control API, account settings, and reset. */
export function simRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/_sim', (c) => c.json(controlApi));

  routes.post('/_sim/reset', authenticate(accounts, 'secret'), (c) => {
    c.var.account.reset();
    return c.json({ object: 'reset', account: c.var.account.name });
  });

  routes.get('/_sim/account', authenticate(accounts, 'secret'), (c) =>
    c.json({ object: 'sim_account', name: c.var.account.name, api_version: c.var.account.apiVersion }),
  );

  routes.patch('/_sim/account', authenticate(accounts, 'secret'), (c) => {
    const version = readString(c.var.params, 'api_version');
    if (version !== null && !isApiVersion(version))
      throw omiseError('bad_request', messages.invalidField('api_version'));
    if (version !== null) c.var.account.apiVersion = version;
    return c.json({ object: 'sim_account', name: c.var.account.name, api_version: c.var.account.apiVersion });
  });

  return routes;
}
