import { signPayload } from './sign-payload.js';

export const SIGNATURE_HEADER = 'Omise-Signature';
export const TIMESTAMP_HEADER = 'Omise-Signature-Timestamp';

/**
 * The signature headers of one request. With several secrets (a rotation: the new one first, then the old)
 * `Omise-Signature` holds one signature per secret, comma-separated, as Omise does for 24 h after a rotation.
 */
export function signatureHeaders(
  rawBody: string,
  secrets: readonly string[],
  timestamp: number,
): Record<string, string> {
  return {
    [SIGNATURE_HEADER]: secrets.map((secret) => signPayload(rawBody, secret, timestamp)).join(','),
    [TIMESTAMP_HEADER]: String(timestamp),
  };
}
