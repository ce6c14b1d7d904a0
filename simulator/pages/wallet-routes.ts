import { type Context, Hono } from 'hono';
import type { ChargeDirectory } from '../documents/charge-directory.js';
import type { AppEnv } from '../http/app-env.js';
import { readString } from '../http/param-readers.js';
import { markFailedOperation, markPaidOperation } from '../operations/charge-operations.js';
import { attemptOperation } from './attempt-operation.js';
import { findPageCharge, type PageCharge, pageAccountBusy } from './find-page-charge.js';
import { notFoundPage } from './not-found-page.js';
import { html } from './safe-html.js';
import { sendPage } from './send-page.js';
import { walletPage } from './wallet-page.js';

/**
 * The wallet page the default QR payload points to. Paying and failing go through the same operations as
 * `POST /charges/:id/mark_as_paid` and `mark_as_failed`, so the charge and its events are the same.
 */
export function walletRoutes(directory: ChargeDirectory): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/wallet/:chargeId', (c) =>
    withCharge(c, directory, (page) => sendPage(c, walletPage(page, null))),
  );

  routes.post('/wallet/:chargeId/pay', (c) =>
    withCharge(c, directory, (page) =>
      complete(c, directory, page, () => markPaidOperation(page.account, page.charge.id)),
    ),
  );

  routes.post('/wallet/:chargeId/fail', (c) =>
    withCharge(c, directory, (page) =>
      complete(c, directory, page, () =>
        markFailedOperation(page.account, page.charge.id, readString(c.get('params'), 'failure_code')),
      ),
    ),
  );

  return routes;
}

async function withCharge(
  c: Context<AppEnv>,
  directory: ChargeDirectory,
  show: (page: PageCharge) => Response,
): Promise<Response> {
  const chargeId = c.req.param('chargeId') ?? '';
  for (let busy = pageAccountBusy(directory, chargeId); busy; busy = pageAccountBusy(directory, chargeId)) {
    await busy;
  }
  const page = findPageCharge(directory, chargeId);
  if (!page) return sendPage(c, notFoundPage(`Charge ${chargeId} was not found.`), 404);
  if (page.method.flow !== 'offline')
    return sendPage(c, notFoundPage(`Charge ${chargeId} has no wallet page.`, redirectHint(page)), 404);
  return show(page);
}

/** Post/redirect/get on success; on a client mistake, the page again with the API's error message. */
function complete(
  c: Context<AppEnv>,
  directory: ChargeDirectory,
  page: PageCharge,
  operation: () => unknown,
): Response {
  const error = attemptOperation(operation);
  if (!error) return c.redirect(`/wallet/${page.charge.id}`, 303);
  return sendPage(
    c,
    walletPage(findPageCharge(directory, page.charge.id) ?? page, error),
    error.status as 400,
  );
}

function redirectHint({ charge }: PageCharge) {
  const path = charge.reference && `/payments/${charge.reference}/authorize`;
  return path ? html`<p>It is paid on its <a href="${path}">authorize page</a>.</p>` : null;
}
