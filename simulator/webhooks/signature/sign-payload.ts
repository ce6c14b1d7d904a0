import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { decodeWebhookSecret } from './webhook-secret.js';

// Every attempt is signed: the key behind each secret is decoded and prepared once, not per signature.
// Secrets are few (one per account and endpoint); the cache starts over rather than grow without end.
const MAX_KEYS = 256;
const keys = new Map<string, KeyObject>();

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

function hmacKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (key) return key;
  key = createSecretKey(decodeWebhookSecret(secret));
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(secret, key);
  return key;
}
