import type { OmiseError } from '../errors/omise-error.js';
import { chargeSummary } from './charge-summary.js';
import { errorNotice } from './error-notice.js';
import { expiryCountdown } from './expiry-countdown.js';
import { failureCodeSelect } from './failure-code-select.js';
import type { PageCharge } from './find-page-charge.js';
import { formatAmount } from './format-amount.js';
import { methodLabel } from './method-labels.js';
import { pageLayout } from './page-layout.js';
import { html, type SafeHtml } from './safe-html.js';
import { statusNotice } from './status-notice.js';

/**
 * What the customer's wallet app shows after scanning the QR: the charge, a countdown, and (while it is
 * pending) buttons to pay or to fail with one of the method's own failure codes.
 */
export function walletPage(page: PageCharge, error: OmiseError | null): SafeHtml {
  const { account, charge } = page;
  const pending = charge.status === 'pending';
  const body = html`<div class="card">${chargeSummary(page)}
${errorNotice(error)}
${statusNotice(charge)}
${
  pending &&
  html`${expiryCountdown(charge, account.clock.now(), account.clock.frozen)}
<form method="post" action="/wallet/${charge.id}/pay">
<button id="pay" class="primary" type="submit">Pay ${formatAmount(charge.amount, charge.currency)} ${charge.currency}</button>
</form>`
}</div>
${pending && failureCard(page)}`;
  return pageLayout(`${methodLabel(charge.sourceType)}: pay ${account.name}`, charge.status, body);
}

function failureCard({ charge, method }: PageCharge): SafeHtml {
  return html`<div class="card"><h1>Or make it fail</h1>
<form method="post" action="/wallet/${charge.id}/fail">
${failureCodeSelect(method)}
<button id="fail" class="secondary" type="submit">Fail the payment</button>
</form></div>`;
}
