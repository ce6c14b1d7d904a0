import type { PageCharge } from './find-page-charge.js';
import { formatAmount } from './format-amount.js';
import { methodLabel } from './method-labels.js';
import { html, type SafeHtml } from './safe-html.js';

/** Who is paid, how much, in what currency: the top of every customer-facing page. */
export function chargeSummary({ account, charge }: PageCharge): SafeHtml {
  return html`<h1>${methodLabel(charge.sourceType)}</h1>
<div class="muted">Pay to</div>
<div id="merchant"><strong>${account.name}</strong></div>
<div class="amount"><span id="amount">${formatAmount(charge.amount, charge.currency)}</span>
<span id="currency">${charge.currency}</span></div>
${charge.description && html`<div id="description">${charge.description}</div>`}
<div class="muted">Charge <code id="charge-id">${charge.id}</code></div>`;
}
