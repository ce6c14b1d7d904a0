import { timingSafeEqual } from 'node:crypto';
import { signPayload } from './sign-payload.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature-headers.js';

/** A Fetch `Headers`, or a plain record such as Node's `req.headers` (names in any case). */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface SignatureCheckOptions {
  /** How far the timestamp may be from `now`, either way (default 300 s; `Infinity` turns the check off). */
  readonly toleranceSeconds?: number;
  /** The time to check against, epoch milliseconds (default `Date.now()`; pass the simulator's clock in tests). */
  readonly now?: number;
}

export type SignatureFailure =
  | 'missing_signature'
  | 'missing_timestamp'
  | 'timestamp_outside_tolerance'
  | 'no_matching_signature';

export type SignatureCheck =
  | { readonly ok: true; readonly timestamp: number }
  | { readonly ok: false; readonly reason: SignatureFailure; readonly timestamp: number | null };

export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * Checks an Omise webhook request and says why it fails. Any of the comma-separated signatures may match any
 * of the secrets (rotation); comparisons are constant-time; the timestamp must be within the tolerance.
 */
export function checkOmiseSignature(
  rawBody: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options: SignatureCheckOptions = {},
): SignatureCheck {
  const signatures = header(headers, SIGNATURE_HEADER);
  const stamp = header(headers, TIMESTAMP_HEADER)?.trim();
  if (!signatures) return { ok: false, reason: 'missing_signature', timestamp: null };
  if (!stamp || !/^\d+$/.test(stamp)) return { ok: false, reason: 'missing_timestamp', timestamp: null };
  const timestamp = Number(stamp);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const nowSeconds = (options.now ?? Date.now()) / 1000;
  if (Math.abs(nowSeconds - timestamp) > tolerance) {
    return { ok: false, reason: 'timestamp_outside_tolerance', timestamp };
  }
  const secrets = typeof secret === 'string' ? [secret] : secret;
  const expected = secrets.map((key) => Buffer.from(signPayload(rawBody, key, stamp)));
  const given = signatures.split(',').map((candidate) => Buffer.from(candidate.trim().toLowerCase()));
  const matches = given.some((candidate) => expected.some((want) => sameBytes(candidate, want)));
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'no_matching_signature', timestamp };
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(
    headers as Record<string, string | readonly string[] | undefined>,
  )) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : value.join(',');
  }
  return undefined;
}
