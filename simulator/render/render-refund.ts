import type { RefundRecord } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { iso } from './timestamps.js';

/** A refund, keys as omise-php's 2025 refunds-post.json fixture; 2017-11-02 has `created`. */
export function renderRefund(refund: RefundRecord, ctx: RenderContext): Record<string, unknown> {
  const legacy = ctx.version === '2017-11-02';
  return {
    object: 'refund',
    id: refund.id,
    location: `/charges/${refund.chargeId}/refunds/${refund.id}`,
    livemode: false,
    voided: refund.voided,
    currency: legacy ? refund.currency.toLowerCase() : refund.currency,
    amount: refund.amount,
    metadata: refund.metadata,
    charge: refund.chargeId,
    ...(!legacy && { capture: null, terminal: null }),
    transaction: refund.transactionId,
    status: 'closed',
    funding_amount: refund.amount,
    funding_currency: legacy ? refund.currency.toLowerCase() : refund.currency,
    ...(legacy
      ? { created: iso(refund.createdAt) }
      : { created_at: iso(refund.createdAt), acquirer_reference_number: null, approval_code: null }),
  };
}
