import { createMiddleware } from 'hono/factory';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { AppEnv } from './app-env.js';
import { bodyMatters } from './body-matters.js';
import type { RequestLimits } from './limits/request-limits.js';
import { checkPathEscapes } from './percent-escapes.js';
import { readRawBody } from './raw-body.js';
import { readParams } from './read-params.js';

/** The longest DNS name (RFC 1035). */
const MAX_HOSTNAME = 253;
/** Origins kept to hand out one string each; a server sees a few (localhost, 127.0.0.1, a LAN name). */
const MAX_SHARED_ORIGINS = 64;
const origins = new Map<string, string>();

/**
 * The one string kept for `origin`: every stored charge and source keeps its origin (for the URLs its
 * answers give), and URL's `origin` is made fresh on each request, as three joined pieces (about 90 bytes
 * a charge, for the same few characters).
 */
function sharedOrigin(origin: string): string {
  const known = origins.get(origin);
  if (known !== undefined) return known;
  if (origins.size < MAX_SHARED_ORIGINS) origins.set(origin, origin);
  return origin;
}

/**
 * Parses query and body once per request into `c.get('params')`, within the request limits, and notes the
 * client-facing origin. The key is looked at first (a request without a usable one never has its body read),
 * then the size from the headers, then the body as it streams in.
 */
export function parseParams(publicUrl: string | undefined, limits: RequestLimits) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('limits', limits);
    const read = bodyMatters(c.req.path, c.req.header('authorization'));
    const body = read ? await readRawBody(c, limits.maxBodyBytes) : '';
    c.set('rawBody', body);
    const url = new URL(c.req.url);
    // The origin goes into the URLs the answers give (download_uri, authorize_uri) and into QR codes: a host
    // no DNS name can be (over 253 characters) is refused, rather than making a QR too long to draw later.
    if (publicUrl === undefined && url.hostname.length > MAX_HOSTNAME)
      throw omiseError('bad_request', messages.invalidField('Host'));
    checkPathEscapes(url.pathname);
    const query = url.search.slice(1);
    c.set('query', query);
    c.set('params', readParams(query, c.req.header('content-type'), body, limits));
    c.set('origin', publicUrl ?? sharedOrigin(url.origin));
    await next();
  });
}
