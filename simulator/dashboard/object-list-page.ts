import { html, type SafeHtml } from '../pages/safe-html.js';
import type { Json } from './dashboard-api.js';
import { dashboardLayout } from './dashboard-layout.js';
import type { ObjectListKind } from './object-list-kinds.js';

export interface ObjectSearch {
  /** An id (or part of it), the charge it belongs to, or text found in a metadata value. */
  readonly q: string;
  /** The value of the kind's filter field, or '' for any. */
  readonly filter: string;
}

/** Whether an object matches: its id, the charge it belongs to, or a metadata value containing the text. */
export function matchesObject(object: Json, kind: ObjectListKind, search: ObjectSearch): boolean {
  if (search.filter !== '' && object[kind.filterField] !== search.filter) return false;
  if (search.q === '') return true;
  const metadata = Object.values((object.metadata as Json | null) ?? {});
  const texts = [object.id, ...kind.related(object), ...metadata].map((value) =>
    typeof value === 'string' ? value : JSON.stringify(value ?? ''),
  );
  return texts.some((text) => text.includes(search.q));
}

export interface ObjectListView {
  readonly account: string;
  readonly kind: ObjectListKind;
  readonly path: string;
  /** Every object of the account's list, before the search (the filter's choices come from them). */
  readonly all: readonly Json[];
  readonly search: ObjectSearch;
  readonly notice: string | null;
}

/** An account's sources, refunds or events, newest first, with a search and a filter, like its charges. */
export function objectListPage(view: ObjectListView): SafeHtml {
  const { account, kind, search } = view;
  const base = `/_sim/ui/${encodeURIComponent(account)}`;
  const shown = view.all.filter((object) => matchesObject(object, kind, search));
  const values = ['', ...new Set(view.all.map((object) => String(object[kind.filterField])))];
  const options = values.map(
    (value) =>
      html`<option value="${value}"${value === search.filter && html` selected`}>${value || `any ${kind.filterField}`}</option>`,
  );
  const rows = shown.map((object) => html`<tr data-id="${object.id}">${kind.cells(object, base)}</tr>`);
  const headings = kind.headings.map((heading) => html`<th>${heading}</th>`);
  return dashboardLayout(
    `${account}: ${kind.title.toLowerCase()}`,
    html`${view.notice && html`<div class="notice" role="alert">${view.notice}</div>`}
<div class="card"><h1>${kind.title} of ${account}</h1>
<form method="get" action="${base}/${view.path}"><input name="q" value="${search.q}" placeholder="id, charge id or metadata value">
<select name="${kind.filterField}">${options}</select><button type="submit">Search</button></form>
<div data-live="list"><table><tr>${headings}</tr>${rows}</table>
${shown.length === 0 && html`<p class="muted">Nothing matches.</p>`}</div></div>`,
    account,
  );
}
