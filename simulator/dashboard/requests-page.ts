import { html, type SafeHtml } from '../pages/safe-html.js';
import type { Json } from './dashboard-api.js';
import { actionForm, dashboardLayout } from './dashboard-layout.js';

export interface RequestsView {
  readonly account: string;
  readonly entries: readonly Json[];
  readonly filter: Readonly<Record<'method' | 'path' | 'status', string>>;
  readonly notice: string | null;
}

/** The account's request journal (`GET /_sim/requests`), newest first, with its filters and a clear button. */
export function requestsPage(view: RequestsView): SafeHtml {
  const base = `/_sim/ui/${encodeURIComponent(view.account)}/requests`;
  const rows = view.entries.map(
    (entry) => html`<tr data-request="${entry.id}"><td>${entry.created_at}</td><td>${entry.method}</td>
<td>${entry.path}${entry.query && html`?${entry.query}`}</td>
<td class="${Number(entry.status) >= 400 ? 'bad' : 'ok'}">${entry.status}</td><td>${entry.duration_ms} ms</td>
<td class="muted">${entry.user_agent}</td>
<td><details><summary>bodies</summary><pre>${entry.request_body}</pre><pre>${entry.response_body}</pre></details></td></tr>`,
  );
  const { method, path, status } = view.filter;
  return dashboardLayout(
    `${view.account}: requests`,
    html`${view.notice && html`<div class="notice" role="alert">${view.notice}</div>`}
<div class="card"><h1>Requests of ${view.account}</h1>
<form method="get" action="${base}"><input name="method" value="${method}" placeholder="method" aria-label="method">
<input name="path" value="${path}" placeholder="/charges" aria-label="path prefix">
<input name="status" value="${status}" placeholder="4xx" aria-label="status"><button type="submit">Filter</button></form>
<div data-live="requests"><table><tr><th>at</th><th>method</th><th>path</th><th>status</th><th>took</th><th>User-Agent</th><th></th></tr>${rows}</table>
${view.entries.length === 0 && html`<p class="muted">No request kept.</p>`}</div>
${actionForm(`${base}/clear`, 'Clear journal')}</div>`,
    view.account,
  );
}
