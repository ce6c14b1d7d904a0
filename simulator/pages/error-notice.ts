import type { OmiseError } from '../errors/omise-error.js';
import { html, type SafeHtml } from './safe-html.js';

/** An API error as the customer sees it: the same message the API returns, and its code. */
export function errorNotice(error: OmiseError | null): SafeHtml | null {
  return (
    error &&
    html`<div class="notice bad" id="error" role="alert">${error.message} (<code>${error.code}</code>)</div>`
  );
}
