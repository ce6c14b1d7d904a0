import type { Context } from 'hono';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { AppEnv } from './app-env.js';
import { bodyMatters } from './body-matters.js';
import type { RequestLimits } from './limits/request-limits.js';
import { checkPathEscapes } from './percent-escapes.js';
import { readRawBodyOrNothing } from './raw-body.js';
import { readParams } from './read-params.js';
import { requestHeader } from './request-header.js';
import type { SyncOrAsync } from './sync-or-async.js';

/** The longest DNS name (RFC 1035). */
const MAX_HOSTNAME = 253;
/** Origins kept, by the URL's start; a server sees a few (localhost, 127.0.0.1, a LAN name). */
const MAX_KNOWN_ORIGINS = 64;

interface KnownOrigin {
  /** One string per origin: every stored charge and source keeps its origin (for the URLs its answers give). */
  readonly origin: string;
  readonly hostnameLength: number;
}
const origins = new Map<string, KnownOrigin>();

/**
 * The origin of a request's URL and its hostname's length, as URL's parser gives them, parsed once per
 * scheme and host (the URL up to its path): parsing each request's whole URL cost about 1 µs a request.
 */
function originOf(url: string): KnownOrigin {
  const authority = url.indexOf('://') + 3;
  const path = url.indexOf('/', authority);
  const start = path === -1 ? url : url.slice(0, path);
  const known = origins.get(start);
  if (known !== undefined) return known;
  const parsed = new URL(start);
  const found = { origin: parsed.origin, hostnameLength: parsed.hostname.length };
  if (origins.size < MAX_KNOWN_ORIGINS) origins.set(start, found);
  return found;
}

/**
 * The query string without its `?`, as URL's `search` gives it. A request's URL is already serialized (by
 * node-server or a Request), so its query is URL's but for a fragment, and the characters node-server lets
 * through unserialized where URL would encode them: those few go through URL's parser.
 */
function queryOf(url: string): string {
  const mark = url.indexOf('?');
  if (mark === -1) return '';
  const query = url.slice(mark + 1);
  return QUERY_AS_SERIALIZED.test(query) ? query : new URL(url).search.slice(1);
}
/** The path of a serialized URL, still %-escaped (URL's `pathname`): from the authority to the query or fragment. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start === -1) return '/';
  let end = start;
  while (end < url.length && url[end] !== '?' && url[end] !== '#') end++;
  return url.slice(start, end);
}

/** Characters a query keeps through URL's serializer (no fragment mark, quote, space or non-ASCII). */
const QUERY_AS_SERIALIZED = /^[!$%&(-;=?-~]*$/;

/**
 * Parses query and body once per request into `c.get('params')`, within the request limits, and notes the
 * client-facing origin. The key is looked at first (a request without a usable one never has its body read),
 * then the size from the headers, then the body as it streams in.
 */
export function parseParams(publicUrl: string | undefined, limits: RequestLimits) {
  // Not async: a request without a body to wait for (most reads) is parsed and sent on in the same turn.
  return (c: Context<AppEnv>, next: () => SyncOrAsync<void>): SyncOrAsync<void> => {
    c.set('limits', limits);
    const read = bodyMatters(c.req.path, requestHeader(c, 'authorization'));
    const body = read ? readRawBodyOrNothing(c, limits.maxBodyBytes) : '';
    if (typeof body === 'string') return parsed(c, body, next);
    return body.then((text) => parsed(c, text, next));
  };

  function parsed(c: Context<AppEnv>, body: string, next: () => SyncOrAsync<void>): SyncOrAsync<void> {
    c.set('rawBody', body);
    const url = c.req.url;
    const { origin, hostnameLength } = originOf(url);
    // The origin goes into the URLs the answers give (download_uri, authorize_uri) and into QR codes: a host
    // no DNS name can be (over 253 characters) is refused, rather than making a QR too long to draw later.
    if (publicUrl === undefined && hostnameLength > MAX_HOSTNAME)
      throw omiseError('bad_request', messages.invalidField('Host'));
    if (url.includes('%')) checkPathEscapes(pathOf(url));
    const query = queryOf(url);
    c.set('query', query);
    c.set('params', readParams(query, requestHeader(c, 'content-type'), body, limits));
    c.set('origin', publicUrl ?? origin);
    return next();
  }
}
