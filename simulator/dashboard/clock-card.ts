import { html, type SafeHtml } from '../pages/safe-html.js';
import type { Json } from './dashboard-api.js';
import { actionForm } from './dashboard-layout.js';

/** The account clock and its controls: freeze, resume, advance by seconds, set to a time; and reset. */
export function clockCard(account: string, clock: Json): SafeHtml {
  const base = `/_sim/ui/${encodeURIComponent(account)}/clock`;
  return html`<div class="card"><h2>Account clock</h2>
<p data-clock="${clock.now}">${clock.now}${clock.frozen === true && html` <strong>(frozen)</strong>`}
<span class="muted">${clock.pending_jobs} pending jobs</span></p>
${clock.frozen === true ? actionForm(`${base}/resume`, 'Resume') : actionForm(`${base}/freeze`, 'Freeze')}
${actionForm(`${base}/advance`, 'Advance', html`<input name="seconds" type="number" min="1" value="3600" aria-label="seconds"> s `)}
${actionForm(`${base}/set`, 'Set', html`<input name="to" value="${clock.now}" aria-label="time"> `)}
${actionForm(`/_sim/ui/${encodeURIComponent(account)}/reset`, 'Reset account')}
</div>`;
}
