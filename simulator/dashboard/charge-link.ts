import { html, type SafeHtml } from '../pages/safe-html.js';

/** A charge id links to the charge's page (`base` is the account's dashboard URL); any other id is shown as it is. */
export function chargeLink(id: unknown, base: string): SafeHtml {
  return typeof id === 'string' && id.startsWith('chrg_')
    ? html`<a href="${base}/charges/${id}">${id}</a>`
    : html`${id}`;
}
