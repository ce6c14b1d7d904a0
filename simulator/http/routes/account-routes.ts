import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import {
  accountCreatedAt,
  balanceOf,
  findTransaction,
  transactionsOf,
} from '../../operations/balance-operations.js';
import { renderAccount } from '../../render/render-account.js';
import { renderBalance } from '../../render/render-balance.js';
import { renderList } from '../../render/render-list.js';
import { renderTransaction } from '../../render/render-transaction.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readListQuery } from '../list-params.js';

/** The account, its balance and its transactions (docs.omise.co/account-api, /balance-api, /transactions-api). */
export function accountRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const secret = authenticate(accounts, 'secret');

  routes.get('/account', secret, (c) => {
    const account = c.get('account');
    const { country } = account.context();
    return answerJson(
      c,
      renderAccount({
        name: account.name,
        country: country.code,
        currency: country.currency,
        apiVersion: account.apiVersion,
        createdAt: accountCreatedAt(account),
      }),
    );
  });

  routes.get('/balance', secret, (c) =>
    answerJson(c, renderBalance(balanceOf(c.get('account')), c.get('render'))),
  );

  routes.get('/transactions', secret, (c) => {
    const ctx = c.get('render');
    const page = paginate(transactionsOf(c.get('account')), readListQuery(c.get('params'), ctx.now));
    return answerJson(
      c,
      renderList(page, '/transactions', (item) => renderTransaction(item, ctx), ctx),
    );
  });

  routes.get('/transactions/:id', secret, (c) =>
    answerJson(c, renderTransaction(findTransaction(c.get('account'), c.req.param('id')), c.get('render'))),
  );

  return routes;
}
