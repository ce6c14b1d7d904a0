import { pageLayout } from './page-layout.js';
import { html, type SafeHtml } from './safe-html.js';

/** A friendly page for a link or QR that leads nowhere (unknown charge, reset account, wrong kind of page). */
export function notFoundPage(message: string, hint: SafeHtml | null = null): SafeHtml {
  return pageLayout(
    'Not found',
    'not_found',
    html`<div class="card"><h1>Nothing to pay here</h1>
<div class="notice bad" id="error">${message}</div>
${hint ?? html`<p class="muted">The QR code or link may be for another simulator, or its account was reset.</p>`}</div>`,
  );
}
