import type { ChargeRecord } from '../domain/records.js';
import { iso } from '../render/timestamps.js';
import { html, type SafeHtml } from './safe-html.js';

/** What a finished charge says instead of offering to pay; null while it is pending. */
export function statusNotice(charge: ChargeRecord): SafeHtml | null {
  switch (charge.status) {
    case 'pending':
      return null;
    case 'successful':
      return html`<div class="notice ok" id="outcome">Payment successful${charge.paidAt !== null && html` at ${iso(charge.paidAt)}`}.</div>`;
    case 'failed':
      return html`<div class="notice bad" id="outcome">Payment failed: ${charge.failureMessage}
(<code>${charge.failureCode}</code>).</div>`;
    case 'expired':
      return html`<div class="notice bad" id="outcome">This charge has expired: it can no longer be paid.</div>`;
    case 'reversed':
      return html`<div class="notice bad" id="outcome">This charge was reversed by the merchant.</div>`;
  }
}
