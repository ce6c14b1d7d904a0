import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { findCharge } from '../../operations/find-records.js';
import { createRefundOperation } from '../../operations/refund-operations.js';
import { renderList } from '../../render/render-list.js';
import { renderRefund } from '../../render/render-refund.js';
import { paginate } from '../../store/paginate.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readListQuery } from '../list-params.js';
import { readRefundRequest } from '../requests/refund-request.js';

export function refundRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/refunds', authenticate(accounts, 'secret'));
  routes.use('/charges/:id/refunds', authenticate(accounts, 'secret'));
  routes.use('/charges/:id/refunds/*', authenticate(accounts, 'secret'));
  const renderOne = (ctx: AppEnv['Variables']['render']) => (refund: Parameters<typeof renderRefund>[0]) =>
    renderRefund(refund, ctx);

  routes.post('/charges/:id/refunds', (c) => {
    const refund = createRefundOperation(
      c.var.account,
      c.req.param('id'),
      readRefundRequest(c.var.params, c.var.limits.maxMetadataBytes),
    );
    return c.json(renderRefund(refund, c.var.render));
  });

  routes.get('/charges/:id/refunds', (c) => {
    const charge = findCharge(c.var.account, c.req.param('id'));
    const page = paginate(
      c.var.account.store.refundsOf(charge.id),
      readListQuery(c.var.params, c.var.render.now),
    );
    return c.json(renderList(page, `/charges/${charge.id}/refunds`, renderOne(c.var.render), c.var.render));
  });

  routes.get('/charges/:id/refunds/:refundId', (c) => {
    const charge = findCharge(c.var.account, c.req.param('id'));
    const refundId = c.req.param('refundId');
    const refund = c.var.account.store.refunds.get(refundId);
    if (!refund || refund.chargeId !== charge.id)
      throw omiseError('not_found', messages.notFound('refund', refundId));
    return c.json(renderRefund(refund, c.var.render));
  });

  routes.get('/refunds', (c) => {
    const page = paginate(
      c.var.account.store.refunds.values(),
      readListQuery(c.var.params, c.var.render.now),
    );
    return c.json(renderList(page, '/refunds', renderOne(c.var.render), c.var.render));
  });

  return routes;
}
