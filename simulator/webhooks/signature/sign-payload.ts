import { createHmac } from 'node:crypto';
import { decodeWebhookSecret } from './webhook-secret.js';

/**
 * `Omise-Signature`: hex HMAC-SHA256 of `"<timestamp>.<raw body>"` keyed with the base64-decoded secret
 * (omise-api.md §4: the scheme several independent third-party verifiers implement).
 */
export function signPayload(
  rawBody: string | Uint8Array,
  secret: string,
  timestamp: number | string,
): string {
  return createHmac('sha256', decodeWebhookSecret(secret))
    .update(`${timestamp}.`)
    .update(rawBody)
    .digest('hex');
}
