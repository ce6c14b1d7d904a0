import { createHmac, createSecretKey } from 'node:crypto';
import { boundedMemo } from '../../shared/bounded-memo.js';
import { decodeWebhookSecret } from './webhook-secret.js';

// Every attempt is signed: the key behind each secret is decoded and prepared once, not per signature.
// Secrets are few (one per account and endpoint).
const hmacKey = boundedMemo(256, (secret: string) => createSecretKey(decodeWebhookSecret(secret)));

/**
 * `Omise-Signature`: hex HMAC-SHA256 of `"<timestamp>.<raw body>"` keyed with the base64-decoded secret
 * (omise-api.md §4: the scheme several independent third-party verifiers implement).
 */
export function signPayload(
  rawBody: string | Uint8Array,
  secret: string,
  timestamp: number | string,
): string {
  return createHmac('sha256', hmacKey(secret)).update(`${timestamp}.`).update(rawBody).digest('hex');
}
