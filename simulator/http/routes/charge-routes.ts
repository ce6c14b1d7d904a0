import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { captureOperation } from '../../operations/card-charge-operations.js';
import {
  createChargeOperation,
  expireOperation,
  markFailedOperation,
  markPaidOperation,
  reverseOperation,
  updateOperation,
} from '../../operations/charge-operations.js';
import { findCharge } from '../../operations/find-records.js';
import { renderList } from '../../render/render-list.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readListQuery } from '../list-params.js';
import { readInteger, readString } from '../param-readers.js';
import { readChargeRequest } from '../requests/charge-request.js';
import { readChargeUpdate } from '../requests/update-request.js';
import { renderReadCharge, renderStoredCharge } from './render-helpers.js';

export function chargeRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/charges/*', authenticate(accounts, 'secret'));

  routes.post('/charges', (c) => {
    const { request, from } = readChargeRequest(c.get('params'), c.get('origin'), c.get('limits'));
    const charge = createChargeOperation(c.get('account'), request, from);
    return answerJson(c, renderStoredCharge(c.get('account'), charge, c.get('render')));
  });

  routes.get('/charges', (c) => {
    const account = c.get('account');
    const page = paginate(account.store.charges, readListQuery(c.get('params'), c.get('render').now));
    return answerJson(
      c,
      renderList(
        page,
        '/charges',
        (charge) => renderReadCharge(account, charge, c.get('render')),
        c.get('render'),
      ),
    );
  });

  routes.get('/charges/:id', (c) => {
    const charge = findCharge(c.get('account'), c.req.param('id'));
    return answerJson(c, renderReadCharge(c.get('account'), charge, c.get('render')));
  });

  routes.patch('/charges/:id', (c) => {
    const { id } = findCharge(c.get('account'), c.req.param('id')); // before the body, as Omise does
    const charge = updateOperation(
      c.get('account'),
      id,
      readChargeUpdate(c.get('params'), c.get('limits').maxMetadataBytes),
    );
    return answerJson(c, renderStoredCharge(c.get('account'), charge, c.get('render')));
  });

  routes.post('/charges/:id/expire', (c) => {
    const charge = expireOperation(c.get('account'), c.req.param('id'));
    return answerJson(c, renderStoredCharge(c.get('account'), charge, c.get('render')));
  });

  routes.post('/charges/:id/mark_as_paid', (c) => {
    const charge = markPaidOperation(c.get('account'), c.req.param('id'));
    return answerJson(c, renderStoredCharge(c.get('account'), charge, c.get('render')));
  });

  routes.post('/charges/:id/mark_as_failed', (c) => {
    const { id } = findCharge(c.get('account'), c.req.param('id')); // before the body, as Omise does
    const failureCode = readString(c.get('params'), 'failure_code');
    const charge = markFailedOperation(c.get('account'), id, failureCode);
    return answerJson(c, renderStoredCharge(c.get('account'), charge, c.get('render')));
  });

  routes.post('/charges/:id/capture', (c) => {
    const { id } = findCharge(c.get('account'), c.req.param('id')); // before the body, as Omise does
    const amount = readInteger(c.get('params'), 'capture_amount', 'failed_capture');
    const charge = captureOperation(c.get('account'), id, amount);
    return answerJson(c, renderStoredCharge(c.get('account'), charge, c.get('render')));
  });

  routes.post('/charges/:id/reverse', (c) => {
    const charge = reverseOperation(c.get('account'), c.req.param('id'));
    return answerJson(c, renderStoredCharge(c.get('account'), charge, c.get('render')));
  });

  return routes;
}
