import { type Context, Hono } from 'hono';
import type { ChargeDirectory } from '../documents/charge-directory.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { AppEnv } from '../http/app-env.js';
import { readString } from '../http/param-readers.js';
import { threeDSecureOperation } from '../operations/card-charge-operations.js';
import { markFailedOperation, markPaidOperation } from '../operations/charge-operations.js';
import { isHttpUrl } from '../shared/is-http-url.js';
import { attemptOperation } from './attempt-operation.js';
import { type AuthorizeStep, authorizePage, usesOtp } from './authorize-page.js';
import { findPageCharge, type PageCharge, pageAccountBusy } from './find-page-charge.js';
import { notFoundPage } from './not-found-page.js';
import { sendPage } from './send-page.js';
import { testOtp } from './test-otp.js';
import { threeDSecurePage } from './three-d-secure-page.js';

/**
 * A redirect method's `authorize_uri` in test mode. TrueMoney Wallet: send the OTP, then confirm with it
 * (mark_as_paid); the other redirects and app redirects (TrueMoney App Redirection, the banking apps, the
 * wallets, Atome): confirm. Or mark the charge as failed (mark_as_failed). A card charge's `authorize_uri` is
 * its 3-D Secure page: pass or fail. Then back to the charge's return_uri, whatever the outcome.
 */
export function authorizeRoutes(directory: ChargeDirectory): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const base = '/payments/:reference';

  routes.get(`${base}/authorize`, (c) => withCharge(c, directory, (page) => show(c, page, 'start', null)));
  routes.post(`${base}/otp`, (c) => withCharge(c, directory, (page) => show(c, page, 'otp', null)));

  routes.post(`${base}/complete`, (c) =>
    withCharge(c, directory, (page) => {
      const error = attemptOperation(() => complete(c, page));
      if (!error) return c.redirect(returnTo(page), 303);
      return show(c, findPageCharge(directory, page.charge.id) ?? page, 'otp', error);
    }),
  );

  return routes;
}

/**
 * Back to the charge's return_uri, or to this page without one. POST /charges refuses a return_uri no header can
 * carry; one loaded from a hand-edited snapshot still must not turn a completed payment into a 500.
 */
function returnTo(page: PageCharge): string {
  const uri = page.charge.returnUri;
  return uri !== null && isHttpUrl(uri) ? uri : `/payments/${page.charge.reference}/authorize`;
}

function complete(c: Context<AppEnv>, page: PageCharge): void {
  const { account, charge } = page;
  const outcome = readString(c.get('params'), 'outcome');
  if (charge.card && (outcome === 'successful' || outcome === 'failed')) {
    const failureCode = readString(c.get('params'), 'failure_code');
    threeDSecureOperation(account, charge.id, outcome === 'successful', failureCode);
    return;
  }
  if (outcome === 'failed') {
    markFailedOperation(account, charge.id, readString(c.get('params'), 'failure_code'));
  } else if (outcome === 'successful') {
    if (usesOtp(page) && readString(c.get('params'), 'otp')?.trim() !== testOtp(charge.reference ?? '')) {
      throw omiseError('bad_request', messages.otpIncorrect);
    }
    markPaidOperation(account, charge.id);
  } else {
    throw omiseError('bad_request', messages.invalidField('outcome'));
  }
}

function show(
  c: Context<AppEnv>,
  page: PageCharge,
  step: AuthorizeStep,
  error: ReturnType<typeof attemptOperation>,
) {
  const body = page.charge.card ? threeDSecurePage(page, error) : authorizePage(page, step, error);
  return sendPage(c, body, error ? (error.status as 400) : 200);
}

async function withCharge(
  c: Context<AppEnv>,
  directory: ChargeDirectory,
  handle: (page: PageCharge) => Response,
): Promise<Response> {
  const reference = c.req.param('reference') ?? '';
  // An unknown reference names no charge: nothing to wait for, and no page.
  const chargeId = directory.chargeIdOfReference(reference) ?? '';
  for (let busy = pageAccountBusy(directory, chargeId); busy; busy = pageAccountBusy(directory, chargeId)) {
    await busy;
  }
  const page = findPageCharge(directory, chargeId);
  if (!page) return sendPage(c, notFoundPage(`Payment ${reference} was not found.`), 404);
  return handle(page);
}
