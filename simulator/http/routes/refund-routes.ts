import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { findCharge } from '../../operations/find-records.js';
import { createRefundOperation } from '../../operations/refund-operations.js';
import { renderList } from '../../render/render-list.js';
import { renderRefund } from '../../render/render-refund.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readListQuery } from '../list-params.js';
import { readRefundRequest } from '../requests/refund-request.js';

export function refundRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/refunds', authenticate(accounts, 'secret'));
  routes.use('/charges/:id/refunds/*', authenticate(accounts, 'secret'));
  const renderOne = (ctx: AppEnv['Variables']['render']) => (refund: Parameters<typeof renderRefund>[0]) =>
    renderRefund(refund, ctx);

  routes.post('/charges/:id/refunds', (c) => {
    // Omise finds the charge before it reads the body: an unknown charge is a 404 whatever the body says.
    const charge = findCharge(c.get('account'), c.req.param('id'));
    const request = readRefundRequest(c.get('params'), c.get('limits').maxMetadataBytes);
    const refund = createRefundOperation(c.get('account'), charge.id, request);
    return answerJson(c, renderRefund(refund, c.get('render')));
  });

  routes.get('/charges/:id/refunds', (c) => {
    const charge = findCharge(c.get('account'), c.req.param('id'));
    const page = paginate(
      c.get('account').store.refundsOf(charge.id),
      readListQuery(c.get('params'), c.get('render').now),
    );
    return answerJson(
      c,
      renderList(page, `/charges/${charge.id}/refunds`, renderOne(c.get('render')), c.get('render')),
    );
  });

  routes.get('/charges/:id/refunds/:refundId', (c) => {
    const charge = findCharge(c.get('account'), c.req.param('id'));
    const refundId = c.req.param('refundId');
    const refund = c.get('account').store.refunds.get(refundId);
    if (!refund || refund.chargeId !== charge.id)
      throw omiseError('not_found', messages.notFound('refund', refundId));
    return answerJson(c, renderRefund(refund, c.get('render')));
  });

  routes.get('/refunds', (c) => {
    const page = paginate(
      c.get('account').store.refunds,
      readListQuery(c.get('params'), c.get('render').now),
    );
    return answerJson(c, renderList(page, '/refunds', renderOne(c.get('render')), c.get('render')));
  });

  return routes;
}
