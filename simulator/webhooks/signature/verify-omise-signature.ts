import {
  checkOmiseSignature,
  type HeadersLike,
  type SignatureCheckOptions,
} from './check-omise-signature.js';

/**
 * For merchants' webhook handlers: true only for a request signed with `secret` (or one of several secrets,
 * during a rotation) whose timestamp is within `toleranceSeconds` (default 300) of now. Pass the raw body
 * exactly as received: re-serialized JSON never matches. `checkOmiseSignature` says why a request fails.
 */
export function verifyOmiseSignature(
  rawBody: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options: SignatureCheckOptions = {},
): boolean {
  return checkOmiseSignature(rawBody, headers, secret, options).ok;
}
