import { html, type SafeHtml } from '../pages/safe-html.js';
import type { Json } from './dashboard-api.js';
import { actionForm } from './dashboard-layout.js';

const FAULT_STATUSES = ['500', '503', '429'];

/** Where the account's webhooks go (and a form to change it), and the API faults waiting for its next calls. */
export function settingsCard(account: string, webhooks: Json, faults: Json): SafeHtml {
  const base = `/_sim/ui/${encodeURIComponent(account)}`;
  const endpoints = ((webhooks.endpoints as Json[] | undefined) ?? []).map(
    (endpoint) => html`<code>${endpoint.url}</code> `,
  );
  const waiting = ((faults.data as Json[] | undefined) ?? []).map(
    (fault) =>
      html`<li>${fault.mode} ${fault.status ?? ''} ×${fault.remaining}${fault.path && html` on ${fault.path}`}</li>`,
  );
  const statuses = FAULT_STATUSES.map((status) => html`<option value="${status}">${status}</option>`);
  return html`<div class="card"><h2>Webhooks and API faults</h2>
<p>Webhooks go to: ${endpoints.length === 0 ? html`<span class="muted">nowhere</span>` : endpoints}</p>
${actionForm(`${base}/webhooks`, 'Send webhooks here', html`<input name="url" type="url" placeholder="http://127.0.0.1:3000/webhooks/omise" aria-label="webhook URL" required> `)}
<p>API faults waiting: ${waiting.length === 0 ? html`<span class="muted">none</span>` : html`<ul>${waiting}</ul>`}</p>
${actionForm(`${base}/api_faults`, 'Fail the next API call', html`<select name="status" aria-label="status">${statuses}</select> `)}
${waiting.length > 0 && actionForm(`${base}/api_faults/clear`, 'Clear API faults')}
<p><a href="${base}/requests">Request journal</a></p></div>`;
}
