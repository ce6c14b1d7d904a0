import { formatAmount } from '../pages/format-amount.js';
import { html, type SafeHtml } from '../pages/safe-html.js';
import { clockCard } from './clock-card.js';
import type { Json } from './dashboard-api.js';
import { dashboardLayout } from './dashboard-layout.js';
import { paymentType } from './payment-type.js';

export interface ChargeSearch {
  /** A charge id, or text found in a metadata value. */
  readonly q: string;
  readonly status: string;
}

/** Whether a charge matches the search: its id (or part of it), or a metadata value containing the text. */
export function matchesSearch(charge: Json, search: ChargeSearch): boolean {
  if (search.status !== '' && charge.status !== search.status) return false;
  if (search.q === '') return true;
  const metadata = Object.values((charge.metadata as Json | null) ?? {}).map((value) =>
    JSON.stringify(value),
  );
  return String(charge.id).includes(search.q) || metadata.some((value) => value.includes(search.q));
}

export interface ChargesView {
  readonly account: string;
  readonly charges: readonly Json[];
  readonly search: ChargeSearch;
  readonly clock: Json;
  /** The webhooks and API faults card. */
  readonly settings: SafeHtml;
  /** What the last action answered when it failed, shown once. */
  readonly notice: string | null;
}

/** The account's charges, newest first, with search and a status filter; its clock, webhooks and faults. */
export function chargesPage(view: ChargesView): SafeHtml {
  const { account, charges, search } = view;
  const base = `/_sim/ui/${encodeURIComponent(account)}`;
  const rows = charges.map(
    (charge) => html`<tr data-charge="${charge.id}">
<td><a href="${base}/charges/${charge.id}">${charge.id}</a></td>
<td>${paymentType(charge)}</td>
<td>${formatAmount(Number(charge.amount), String(charge.currency))} ${charge.currency}</td>
<td class="status">${charge.status}</td><td>${charge.created_at}</td></tr>`,
  );
  const statuses = ['', 'pending', 'successful', 'failed', 'expired', 'reversed'].map(
    (status) =>
      html`<option value="${status}"${status === search.status && html` selected`}>${status || 'any status'}</option>`,
  );
  return dashboardLayout(
    `${account}: charges`,
    html`${view.notice && html`<div class="notice" role="alert">${view.notice}</div>`}
<div class="card"><h1>Charges of ${account}</h1>
<form method="get" action="${base}"><input name="q" value="${search.q}" placeholder="charge id or metadata value">
<select name="status">${statuses}</select><button type="submit">Search</button></form>
<div data-live="charges"><table><tr><th>charge</th><th>method</th><th>amount</th><th>status</th><th>created</th></tr>${rows}</table>
${charges.length === 0 && html`<p class="muted">No charge matches.</p>`}</div></div>
${clockCard(account, view.clock)}${view.settings}`,
    account,
  );
}
