import type { OmiseError } from '../errors/omise-error.js';
import { chargeSummary } from './charge-summary.js';
import { errorNotice } from './error-notice.js';
import { failureCodeSelect } from './failure-code-select.js';
import type { PageCharge } from './find-page-charge.js';
import { methodLabel } from './method-labels.js';
import { pageLayout } from './page-layout.js';
import { html, type SafeHtml } from './safe-html.js';
import { statusNotice } from './status-notice.js';
import { testOtp } from './test-otp.js';

// Seed "TrueMoneyウォレット" (ja): the customer enters a phone number, receives an OTP and confirms the
// amount with it, then returns to the merchant's site; in test mode the authorize_uri page lets you mark
// the charge as successful or failed manually. Step 1 sends the OTP, step 2 confirms or fails.

export type AuthorizeStep = 'start' | 'otp';

export function authorizePage(page: PageCharge, step: AuthorizeStep, error: OmiseError | null): SafeHtml {
  if (!usesOtp(page)) return appAuthorizePage(page, error);
  const { charge } = page;
  const pending = charge.status === 'pending';
  const body = html`<div class="card">${chargeSummary(page)}
<p>TrueMoney account <strong id="phone">${maskPhone(page.source?.phoneNumber ?? null)}</strong></p>
${errorNotice(error)}
${statusNotice(charge)}
${!pending && returnLink(page)}
${pending && (step === 'start' ? sendOtpForm(page) : confirmForm(page))}</div>
${pending && step === 'otp' && failForm(page)}`;
  return pageLayout('TrueMoney Wallet: authorize payment', charge.status, body);
}

function sendOtpForm({ charge }: PageCharge): SafeHtml {
  return html`<p class="muted">Test mode: no SMS is sent; the next step shows the one-time password, and lets
you mark the charge as successful or failed.</p>
<form method="post" action="/payments/${charge.reference}/otp">
<button id="send-otp" class="primary" type="submit">Send OTP</button>
</form>`;
}

function confirmForm({ charge }: PageCharge): SafeHtml {
  return html`<form method="post" action="/payments/${charge.reference}/complete">
<input type="hidden" name="outcome" value="successful">
<label for="otp">One-time password sent by SMS</label>
<input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required>
<p class="muted">Test mode: the OTP is <code id="test-otp">${testOtp(charge.reference ?? '')}</code>.</p>
<button id="confirm" class="primary" type="submit">Confirm payment</button>
</form>`;
}

function failForm({ charge, method }: PageCharge): SafeHtml {
  return html`<div class="card"><h1>Or mark it as failed</h1>
<form method="post" action="/payments/${charge.reference}/complete">
<input type="hidden" name="outcome" value="failed">
${failureCodeSelect(method)}
<button id="fail" class="secondary" type="submit">Mark as failed</button>
</form></div>`;
}

function returnLink({ charge }: PageCharge): SafeHtml | null {
  return charge.returnUri
    ? html`<p><a id="return" href="${charge.returnUri}">Return to the merchant</a></p>`
    : null;
}

function maskPhone(phone: string | null): string {
  return phone === null ? 'unknown' : `${'•'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;
}

/** TrueMoney Wallet's legacy flow confirms with an OTP sent to the source's phone; app redirects do not. */
export function usesOtp({ method }: PageCharge): boolean {
  return method.authorizeWithOtp === true;
}

// docs.omise.co/truemoney-jumpapp (and the banking apps', wallets' and Atome's pages): the customer is sent
// to the bank's or wallet's checkout page or app and authorizes and confirms the payment there; the
// simulator's page stands in for it, with test mode's pass and fail.
function appAuthorizePage(page: PageCharge, error: OmiseError | null): SafeHtml {
  const { charge } = page;
  const pending = charge.status === 'pending';
  const label = methodLabel(charge.sourceType);
  const body = html`<div class="card">${chargeSummary(page)}
${errorNotice(error)}
${statusNotice(charge)}
${!pending && returnLink(page)}
${pending && appConfirmForm(page, label)}</div>
${pending && failForm(page)}`;
  return pageLayout(`${label}: authorize payment`, charge.status, body);
}

function appConfirmForm({ charge }: PageCharge, label: string): SafeHtml {
  return html`<p class="muted">Test mode: this page stands in for ${label} (its app or checkout page), where the
customer confirms the payment.</p>
<form method="post" action="/payments/${charge.reference}/complete">
<input type="hidden" name="outcome" value="successful">
<button id="confirm" class="primary" type="submit">Confirm payment</button>
</form>`;
}
