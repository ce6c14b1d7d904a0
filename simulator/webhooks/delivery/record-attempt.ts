import type { AttemptRequest } from './build-attempt.js';
import type { Delivery } from './delivery.js';
import type { DeliveryAttempt } from './delivery-attempt.js';
import type { DeliveryLog } from './delivery-log.js';
import type { WebhookResponse } from './send-webhook.js';

export interface AttemptOutcome {
  readonly delivery: Delivery;
  readonly id: string;
  readonly at: number;
  readonly request: AttemptRequest;
  readonly response: WebhookResponse;
  /** When the schedule would retry after a failure; null when it has no retry left. */
  readonly retryAt: number | null;
}

/** Logs a finished attempt. Omise counts a 2xx as delivered; anything else, or no answer, is retried. */
export function recordAttempt(log: DeliveryLog, outcome: AttemptOutcome): DeliveryAttempt {
  const { delivery, request, response } = outcome;
  const status = response.status;
  const delivered = response.error === null && status !== null && status >= 200 && status < 300;
  const attempt: DeliveryAttempt = {
    id: outcome.id,
    eventId: delivery.event.id,
    chargeId: delivery.event.chargeId,
    key: delivery.event.key,
    uri: delivery.url,
    delivery: delivery.number,
    kind: delivery.kind,
    attempt: delivery.attempts,
    createdAt: outcome.at,
    status,
    error: response.error,
    delivered,
    payload: delivery.payload,
    headers: request.headers,
    signature: request.signature,
    signatureTimestamp: request.timestamp,
    faults: request.faults,
    nextRetryAt: delivered ? null : outcome.retryAt,
    responseBody: response.responseBody,
    durationMs: response.durationMs,
  };
  log.add(attempt);
  return attempt;
}
