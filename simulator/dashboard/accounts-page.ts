import { html, type SafeHtml } from '../pages/safe-html.js';
import { dashboardLayout } from './dashboard-layout.js';

export interface AccountSummary {
  readonly name: string;
  readonly charges: number;
  readonly events: number;
  readonly now: number;
  readonly frozen: boolean;
}

/** Every account the simulator has seen, and a box to open one by name (accounts start on first use). */
export function accountsPage(accounts: readonly AccountSummary[]): SafeHtml {
  const rows = accounts.map(
    (account) => html`<tr>
<td><a href="/_sim/ui/${encodeURIComponent(account.name)}">${account.name}</a></td>
<td>${account.charges}</td><td>${account.events}</td>
<td>${new Date(account.now).toISOString()}${account.frozen && ' (frozen)'}</td></tr>`,
  );
  const table =
    accounts.length === 0
      ? html`<p class="muted">No account yet: any request with skey_test_&lt;name&gt; creates one.</p>`
      : html`<table><tr><th>account</th><th>charges</th><th>events</th><th>clock</th></tr>${rows}</table>`;
  return dashboardLayout(
    'Accounts',
    html`<div class="card"><h1>Accounts</h1>${table}
<form method="get" action="/_sim/ui"><input name="account" placeholder="account name" required>
<button type="submit">Open</button></form></div>`,
  );
}
