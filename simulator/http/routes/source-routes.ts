import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { findSource } from '../../operations/find-records.js';
import { createSourceOperation } from '../../operations/source-operations.js';
import { renderList } from '../../render/render-list.js';
import { renderSource } from '../../render/render-source.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { clientIp } from '../client-ip.js';
import { readListQuery } from '../list-params.js';
import { readSourceRequest } from '../requests/source-request.js';

export function sourceRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const publicOrSecret = authenticate(accounts, 'public_or_secret');

  // A source made here records the caller's address (Alipay+ MPM seed: "ip": "35.198.236.178"); one made
  // inline by POST /charges does not (WeChat Pay UPM seed: null).
  routes.post('/sources', publicOrSecret, (c) => {
    const request = readSourceRequest(c.get('params'), 'bad_request', { ip: clientIp(c) });
    const source = createSourceOperation(c.get('account'), request);
    return answerJson(c, renderSource(source, undefined, c.get('render')));
  });

  routes.get('/sources', authenticate(accounts, 'secret'), (c) => {
    const { store } = c.get('account');
    const page = paginate(store.sources, readListQuery(c.get('params'), c.get('render').now));
    const render = (source: (typeof page.data)[number]) =>
      renderSource(source, store.charges.get(source.chargeId ?? ''), c.get('render'));
    return answerJson(c, renderList(page, '/sources', render, c.get('render')));
  });

  routes.get('/sources/:id', publicOrSecret, (c) => {
    const source = findSource(c.get('account'), c.req.param('id'));
    const charge = c.get('account').store.charges.get(source.chargeId ?? '');
    return answerJson(c, renderSource(source, charge, c.get('render')));
  });

  return routes;
}
