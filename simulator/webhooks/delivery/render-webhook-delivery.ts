import { iso, isoOrNull } from '../../render/timestamps.js';
import type { DeliveryAttempt } from './delivery-attempt.js';

/**
 * The Omise `webhook_delivery` (omise-php's events/evnt_test_no1t4tnemucod0e51mo-get.json): `status` is the
 * endpoint's HTTP status, `error` null when it answered, `payload` the body sent, and `created_at` written
 * "2023-03-02 10:27:09 UTC", unlike other Omise timestamps.
 */
export function renderWebhookDelivery(attempt: DeliveryAttempt): Record<string, unknown> {
  return {
    object: 'webhook_delivery',
    id: attempt.id,
    uri: attempt.uri,
    status: attempt.status,
    key: attempt.key,
    error: attempt.error,
    payload: attempt.payload,
    created_at: `${iso(attempt.createdAt).replace('T', ' ').replace('Z', '')} UTC`,
  };
}

/** The same, plus what the simulator knows about the attempt (`GET /_sim/deliveries`). */
export function renderSimDelivery(attempt: DeliveryAttempt): Record<string, unknown> {
  return {
    ...renderWebhookDelivery(attempt),
    event: attempt.eventId,
    charge: attempt.chargeId,
    delivery: attempt.delivery,
    kind: attempt.kind,
    attempt: attempt.attempt,
    delivered: attempt.delivered,
    faults: attempt.faults,
    attempted_at: iso(attempt.createdAt),
    signature: attempt.signature,
    signature_timestamp: attempt.signatureTimestamp,
    next_retry_at: isoOrNull(attempt.nextRetryAt),
    response_body: attempt.responseBody,
    duration_ms: attempt.durationMs,
  };
}
