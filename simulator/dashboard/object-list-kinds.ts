import { formatAmount } from '../pages/format-amount.js';
import { html, type SafeHtml } from '../pages/safe-html.js';
import { chargeLink } from './charge-link.js';
import type { Json } from './dashboard-api.js';

export interface ObjectListKind {
  readonly title: string;
  /** The API list it reads (newest first). */
  readonly apiPath: string;
  /** The field the select filters on (a source's type, a refund's status, an event's key). */
  readonly filterField: string;
  readonly headings: readonly string[];
  readonly cells: (object: Json, base: string) => SafeHtml;
  /** Ids the search matches besides the object's own: the charge it belongs to. */
  readonly related: (object: Json) => readonly unknown[];
}

const money = (object: Json) =>
  html`${formatAmount(Number(object.amount), String(object.currency))} ${object.currency}`;

export const objectListKinds: Record<'sources' | 'refunds' | 'events', ObjectListKind> = {
  sources: {
    title: 'Sources',
    apiPath: '/sources',
    filterField: 'type',
    headings: ['source', 'type', 'amount', 'flow', 'created'],
    cells: (source) =>
      html`<td>${source.id}</td><td>${source.type}</td><td>${money(source)}</td><td>${source.flow}</td><td>${source.created_at}</td>`,
    related: () => [],
  },
  refunds: {
    title: 'Refunds',
    apiPath: '/refunds',
    filterField: 'status',
    headings: ['refund', 'charge', 'amount', 'status', 'created'],
    cells: (refund, base) =>
      html`<td>${refund.id}</td><td>${chargeLink(refund.charge, base)}</td><td>${money(refund)}</td><td class="status">${refund.status}</td><td>${refund.created_at}</td>`,
    related: (refund) => [refund.charge],
  },
  events: {
    title: 'Events',
    apiPath: '/events',
    filterField: 'key',
    headings: ['event', 'key', 'object', 'created'],
    cells: (event, base) => {
      const data = (event.data as Json | null) ?? {};
      return html`<td>${event.id}</td><td>${event.key}</td><td>${chargeLink(data.id, base)}</td><td>${event.created_at}</td>`;
    },
    related: (event) => [(event.data as Json | null)?.id],
  },
};
