import { findChargeMethod } from '../domain/methods/index.js';
import { failureCodeSelect } from '../pages/failure-code-select.js';
import { formatAmount } from '../pages/format-amount.js';
import { html, type SafeHtml } from '../pages/safe-html.js';
import type { Json } from './dashboard-api.js';
import { actionForm, dashboardLayout } from './dashboard-layout.js';
import { deliveryTable } from './delivery-table.js';
import { paymentType } from './payment-type.js';

export interface ChargeView {
  readonly account: string;
  readonly charge: Json;
  readonly events: readonly Json[];
  readonly attempts: readonly Json[];
  /** What the last action answered when it failed (an Omise error message), shown once. */
  readonly notice: string | null;
}

/** One charge: its state, the customer's side, its events (replayable) and every webhook attempt. */
export function chargePage(view: ChargeView): SafeHtml {
  const { account, charge } = view;
  return dashboardLayout(
    `${charge.id}`,
    html`${view.notice && html`<div class="notice" role="alert">${view.notice}</div>`}
<div class="card" data-live="charge" data-status="${charge.status}"><h1>Charge <code>${charge.id}</code></h1>
<p><strong class="status">${charge.status}</strong> · ${formatAmount(Number(charge.amount), String(charge.currency))} ${charge.currency}
· refunded ${formatAmount(Number(charge.refunded_amount ?? 0), String(charge.currency))}
${charge.failure_code && html` · <span class="bad">${charge.failure_code}</span>`}</p>
<p class="muted">${paymentType(charge)} · created ${charge.created_at} · expires ${charge.expires_at}
· metadata <code>${JSON.stringify(charge.metadata ?? {})}</code></p>
${customerLinks(charge)}${actions(account, charge)}</div>
${eventsCard(account, String(charge.id), view.events)}${attemptsCard(account, String(charge.id), view.attempts)}`,
    account,
  );
}

function actions(account: string, charge: Json): SafeHtml {
  const base = `/_sim/ui/${encodeURIComponent(account)}/charges/${charge.id}`;
  const method = findChargeMethod(paymentType(charge));
  const pending = charge.status === 'pending';
  const refundable = charge.status === 'successful';
  return html`${pending && actionForm(`${base}/mark_as_paid`, 'Mark paid')}
${pending && method && actionForm(`${base}/mark_as_failed`, 'Mark failed', failureCodeSelect(method))}
${pending && actionForm(`${base}/expire`, 'Expire')}
${refundable && actionForm(`${base}/refund`, 'Refund', html`<input name="amount" type="number" min="1" value="${Number(charge.amount) - Number(charge.refunded_amount ?? 0)}" aria-label="amount"> `)}`;
}

function customerLinks(charge: Json): SafeHtml {
  const image = ((charge.source as Json | null)?.scannable_code as Json | undefined)?.image as
    | Json
    | undefined;
  return html`<p>${image?.download_uri && html`<a href="${image.download_uri}">QR code</a> · `}
<a href="/wallet/${charge.id}">wallet page</a>${charge.authorize_uri && html` · <a href="${charge.authorize_uri}">authorize page</a>`}</p>`;
}

function eventsCard(account: string, chargeId: string, events: readonly Json[]): SafeHtml {
  const base = `/_sim/ui/${encodeURIComponent(account)}/events`;
  const rows = events.map(
    (
      event,
    ) => html`<tr data-event="${event.id}"><td>${event.created_at}</td><td>${event.key}</td><td><code>${event.id}</code></td>
<td>${actionForm(`${base}/${event.id}/replay`, 'Replay', html`<input type="hidden" name="charge" value="${chargeId}">`)}</td></tr>`,
  );
  return html`<div class="card" data-live="events"><h2>Events</h2>
${events.length === 0 ? html`<p class="muted">No event yet.</p>` : html`<table>${rows}</table>`}</div>`;
}

function attemptsCard(account: string, chargeId: string, attempts: readonly Json[]): SafeHtml {
  const base = `/_sim/ui/${encodeURIComponent(account)}`;
  return html`<div class="card" data-live="attempts"><h2>Webhook attempts</h2>
${attempts.length === 0 ? html`<p class="muted">No attempt yet (no webhook endpoint, or none due).</p>` : deliveryTable(attempts, null)}
<p><a href="${base}/deliveries?charge=${chargeId}">In the delivery log</a></p></div>`;
}
