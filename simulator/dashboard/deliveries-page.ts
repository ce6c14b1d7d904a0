import { html, type SafeHtml } from '../pages/safe-html.js';
import type { Json } from './dashboard-api.js';
import { dashboardLayout } from './dashboard-layout.js';
import { deliveryTable } from './delivery-table.js';

/** The filters of `GET /_sim/deliveries` the page offers, '' for any. */
export const DELIVERY_FILTERS = ['event', 'charge', 'key', 'uri', 'delivered'] as const;
export type DeliveryFilters = Readonly<Record<(typeof DELIVERY_FILTERS)[number], string>>;

export interface DeliveriesView {
  readonly account: string;
  readonly attempts: readonly Json[];
  /** How many attempts match, of which `attempts` are the newest (at most 100). */
  readonly total: number;
  readonly filter: DeliveryFilters;
  readonly notice: string | null;
}

/** The account's delivery log (`GET /_sim/deliveries`): every webhook attempt, newest first, with its filters. */
export function deliveriesPage(view: DeliveriesView): SafeHtml {
  const { account, filter } = view;
  const base = `/_sim/ui/${encodeURIComponent(account)}`;
  const field = (name: 'event' | 'charge' | 'key' | 'uri', placeholder: string) =>
    html`<input name="${name}" value="${filter[name]}" placeholder="${placeholder}" aria-label="${name}">`;
  const delivered = ['', 'true', 'false'].map(
    (value) =>
      html`<option value="${value}"${value === filter.delivered && html` selected`}>${{ '': 'delivered or not', true: 'delivered', false: 'not delivered' }[value]}</option>`,
  );
  return dashboardLayout(
    `${account}: deliveries`,
    html`${view.notice && html`<div class="notice" role="alert">${view.notice}</div>`}
<div class="card"><h1>Webhook deliveries of ${account}</h1>
<form method="get" action="${base}/deliveries">${field('event', 'evnt_...')} ${field('charge', 'chrg_...')}
${field('key', 'charge.complete')} ${field('uri', 'endpoint URL')}
<select name="delivered" aria-label="delivered">${delivered}</select><button type="submit">Filter</button></form>
<div data-live="deliveries"><p class="muted">${view.total} attempts match${view.total > view.attempts.length && html`; the newest ${view.attempts.length} are shown`}.</p>
${view.attempts.length === 0 ? html`<p class="muted">No attempt matches.</p>` : deliveryTable(view.attempts, base)}</div></div>`,
    account,
  );
}
