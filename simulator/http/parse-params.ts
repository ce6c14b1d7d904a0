import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';
import type { RequestLimits } from './limits/request-limits.js';
import { readRawBody } from './raw-body.js';
import { readParams } from './read-params.js';

/**
 * Parses query and body once per request into `c.var.params`, within the request limits (the body size
 * is checked from the headers before anything is read), and notes the client-facing origin.
 */
export function parseParams(publicUrl: string | undefined, limits: RequestLimits) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('limits', limits);
    const body = await readRawBody(c, limits.maxBodyBytes);
    c.set('params', readParams(c.req.url, c.req.header('content-type'), body, limits));
    c.set('origin', publicUrl ?? new URL(c.req.url).origin);
    await next();
  });
}
