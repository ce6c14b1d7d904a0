import { boundedMemo } from '../shared/bounded-memo.js';
import type { KeyKind } from './app-env.js';

export type ParsedKey =
  | { readonly kind: KeyKind; readonly account: string }
  | { readonly live: true }
  | { readonly invalid: true };

const TEST_KEY = /^(pkey|skey)_test_([A-Za-z0-9][A-Za-z0-9_-]{0,63})$/;
const LIVE_KEY = /^(pkey|skey)_(?!test_)[A-Za-z0-9_]+$/;

/** `skey_test_<name>` / `pkey_test_<name>` belong to account `<name>`; live keys are recognised to be refused. */
export function parseKey(key: string): ParsedKey {
  const match = TEST_KEY.exec(key);
  if (match) return { kind: match[1] === 'pkey' ? 'public' : 'secret', account: match[2] as string };
  if (LIVE_KEY.test(key)) return { live: true };
  return { invalid: true };
}

/** The key from HTTP Basic auth: the user name, with an empty password (as every Omise SDK sends it). */
export function keyFromAuthorization(header: string | undefined): string | null {
  const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? decoded : decoded.slice(0, colon);
}

const NO_KEY: ParsedKey = { invalid: true };

/**
 * The key of an `Authorization` header, parsed: every request asks two or three times (is the body worth
 * reading, which account, whose request to journal), and a client sends the same header on every call.
 */
const parseHeader = boundedMemo(256, (header: string): ParsedKey => {
  const key = keyFromAuthorization(header);
  return key === null ? NO_KEY : parseKey(key);
});

export function parseAuthorization(header: string | undefined): ParsedKey {
  return header === undefined ? NO_KEY : parseHeader(header);
}
