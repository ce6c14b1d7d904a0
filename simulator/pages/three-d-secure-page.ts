import type { OmiseError } from '../errors/omise-error.js';
import { chargeSummary } from './charge-summary.js';
import { errorNotice } from './error-notice.js';
import { failureCodeSelect } from './failure-code-select.js';
import type { PageCharge } from './find-page-charge.js';
import { pageLayout } from './page-layout.js';
import { html, type SafeHtml } from './safe-html.js';
import { statusNotice } from './status-notice.js';

// A card charge's authorize_uri: in real life Omise sends the customer to the issuing bank, who asks for an
// OTP and sends them back to return_uri (docs.omise.co/how-to-implement-3-D-Secure). The simulator plays the
// bank: the customer passes or fails authentication, then returns to the merchant either way.

export function threeDSecurePage(page: PageCharge, error: OmiseError | null): SafeHtml {
  const { charge } = page;
  const waiting = charge.status === 'pending' && charge.card?.authorizedAt === null;
  const body = html`<div class="card">${chargeSummary(page)}
${errorNotice(error)}
${statusNotice(charge)}
${!waiting && returnLink(page)}
${waiting && passForm(page)}</div>
${waiting && failForm(page)}`;
  return pageLayout('3-D Secure: authenticate payment', charge.status, body);
}

function passForm({ charge }: PageCharge): SafeHtml {
  return html`<p class="muted">Test mode: no bank is asked; pass or fail the cardholder's authentication here.</p>
<form method="post" action="/payments/${charge.reference}/complete">
<input type="hidden" name="outcome" value="successful">
<button id="pass" class="primary" type="submit">Pass authentication</button>
</form>`;
}

function failForm({ charge, method }: PageCharge): SafeHtml {
  return html`<div class="card"><h1>Or fail it</h1>
<form method="post" action="/payments/${charge.reference}/complete">
<input type="hidden" name="outcome" value="failed">
${failureCodeSelect(method)}
<button id="fail" class="secondary" type="submit">Fail authentication</button>
</form></div>`;
}

function returnLink({ charge }: PageCharge): SafeHtml | null {
  return charge.returnUri
    ? html`<p><a id="return" href="${charge.returnUri}">Return to the merchant</a></p>`
    : null;
}
