import { defaultFailureCode } from '../domain/charge/complete-charge.js';
import { failureMessages } from '../domain/methods/failure-messages.js';
import type { PaymentMethod } from '../domain/methods/payment-method.js';
import { html, type SafeHtml } from './safe-html.js';

/** The method's own failure codes, as mark_as_failed accepts them; its default one preselected. */
export function failureCodeSelect(method: PaymentMethod): SafeHtml {
  const preselected = defaultFailureCode(method);
  const options = method.failureCodes.map(
    (code) =>
      html`<option value="${code}"${code === preselected && html` selected`}>${code}: ${failureMessages[code] ?? code}</option>`,
  );
  return html`<label for="failure-code">Failure code</label>
<select id="failure-code" name="failure_code">${options}</select>`;
}
