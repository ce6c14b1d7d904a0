import { html, type SafeHtml } from '../pages/safe-html.js';
import { chargeLink } from './charge-link.js';
import type { Json } from './dashboard-api.js';

/**
 * Webhook attempts as `GET /_sim/deliveries` lists them: when, which event, to where, which attempt, the
 * receiver's status (or none), how long it took, and why it failed or what the receiver answered. A charge's
 * own page leaves out the charge column (`base` null); the delivery log links each charge to its page.
 */
export function deliveryTable(attempts: readonly Json[], base: string | null): SafeHtml {
  const rows = attempts.map(
    (attempt) => html`<tr data-attempt="${attempt.id}"><td>${attempt.attempted_at}</td>
<td>${attempt.key} <code>${attempt.event}</code></td>${base !== null && html`<td>${chargeLink(attempt.charge, base)}</td>`}
<td>${attempt.uri}</td><td>${attempt.attempt}${attempt.kind !== 'event' && html` (${attempt.kind})`}</td>
<td class="${attempt.delivered ? 'ok' : 'bad'}">${attempt.status ?? 'no answer'}</td><td>${attempt.duration_ms} ms</td>
<td>${attempt.error}${faults(attempt)}${attempt.response_body && html` <code>${attempt.response_body}</code>`}
${attempt.next_retry_at && html`<span class="muted">retry at ${attempt.next_retry_at}</span>`}</td></tr>`,
  );
  return html`<table class="attempts"><tr><th>at</th><th>event</th>${base !== null && html`<th>charge</th>`}<th>to</th><th>attempt</th><th>status</th><th>took</th><th>error / answer</th></tr>${rows}</table>`;
}

function faults(attempt: Json): SafeHtml {
  const list = Array.isArray(attempt.faults) ? attempt.faults : [];
  return html`${list.length > 0 && html` <span class="muted">faults: ${list.join(', ')}</span>`}`;
}
