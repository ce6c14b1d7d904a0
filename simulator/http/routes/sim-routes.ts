import { Hono } from 'hono';
import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import { COUNTRY_CODES, isCountryCode } from '../../domain/country/account-country.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { isApiVersion } from '../../render/api-version.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readString } from '../param-readers.js';
import { controlApi } from './control-api.js';

function renderSimAccount(account: Account): Record<string, unknown> {
  return {
    object: 'sim_account',
    name: account.name,
    api_version: account.apiVersion,
    country: account.country,
  };
}

/** `/_sim`: the machine-readable control API, account settings, and reset. */
export function simRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/_sim', (c) => answerJson(c, controlApi));

  routes.post('/_sim/reset', authenticate(accounts, 'secret'), (c) => {
    c.get('account').reset();
    return answerJson(c, { object: 'reset', account: c.get('account').name });
  });

  routes.get('/_sim/account', authenticate(accounts, 'secret'), (c) =>
    answerJson(c, renderSimAccount(c.get('account'))),
  );

  routes.patch('/_sim/account', authenticate(accounts, 'secret'), (c) => {
    const version = readString(c.get('params'), 'api_version');
    if (version !== null && !isApiVersion(version))
      throw omiseError('bad_request', messages.invalidField('api_version'));
    const country = readString(c.get('params'), 'country');
    if (country !== null && !isCountryCode(country))
      throw omiseError('bad_request', messages.oneOf('country', COUNTRY_CODES));
    if (version !== null) c.get('account').apiVersion = version;
    if (country !== null) c.get('account').country = country;
    return answerJson(c, renderSimAccount(c.get('account')));
  });

  return routes;
}
