import type { DeliveryAttempt } from '../webhooks/delivery/delivery-attempt.js';
import type { LogLevel } from './log-settings.js';
import type { ObservedRequest } from './observed-request.js';

/** A line's content: the text a person reads, and the same facts as fields for a JSON log. */
export interface LogLine {
  readonly text: string;
  readonly fields: Record<string, unknown>;
}

export function requestLine(request: ObservedRequest, level: LogLevel): LogLine {
  const target = request.query === '' ? request.path : `${request.path}?${request.query}`;
  const agent = level === 'debug' && request.userAgent ? ` ua="${request.userAgent}"` : '';
  return {
    text: `${request.account ?? '-'} ${request.method} ${target} ${request.status} ${request.durationMs}ms${agent}`,
    fields: {
      type: 'request',
      account: request.account,
      method: request.method,
      path: request.path,
      query: request.query,
      status: request.status,
      durationMs: request.durationMs,
      ...(level === 'debug' ? { userAgent: request.userAgent } : {}),
    },
  };
}

/** A failed attempt says so in capitals, with why (no answer: refused, timed out; or the status it got). */
export function attemptLine(account: string, attempt: DeliveryAttempt, level: LogLevel): LogLine {
  const outcome = attempt.delivered
    ? `${attempt.status}`
    : `FAILED ${attempt.error ?? `status ${attempt.status}`}`;
  const retry =
    attempt.nextRetryAt === null ? '' : `, retry at ${new Date(attempt.nextRetryAt).toISOString()}`;
  const answer =
    level === 'debug' && attempt.responseBody ? ` answer=${JSON.stringify(attempt.responseBody)}` : '';
  return {
    text:
      `${account} webhook ${attempt.key} ${attempt.eventId} -> ${attempt.uri} ${outcome} ${attempt.durationMs}ms ` +
      `(attempt ${attempt.attempt}${retry})${answer}`,
    fields: {
      type: 'webhook_attempt',
      account,
      event: attempt.eventId,
      key: attempt.key,
      charge: attempt.chargeId,
      uri: attempt.uri,
      attempt: attempt.attempt,
      delivered: attempt.delivered,
      status: attempt.status,
      error: attempt.error,
      durationMs: attempt.durationMs,
      nextRetryAt: attempt.nextRetryAt === null ? null : new Date(attempt.nextRetryAt).toISOString(),
      ...(level === 'debug' ? { delivery: attempt.id, responseBody: attempt.responseBody } : {}),
    },
  };
}
