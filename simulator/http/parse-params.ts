import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';
import { bodyMatters } from './body-matters.js';
import type { RequestLimits } from './limits/request-limits.js';
import { readRawBody } from './raw-body.js';
import { readParams } from './read-params.js';

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
    const query = url.search.slice(1);
    c.set('query', query);
    c.set('params', readParams(query, c.req.header('content-type'), body, limits));
    c.set('origin', publicUrl ?? url.origin);
    await next();
  });
}
