import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';
import { readRawBody } from './raw-body.js';
import { readParams } from './read-params.js';

/** Parses query and body once per request into `c.var.params`, and notes the client-facing origin. */
export function parseParams(publicUrl: string | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const body = await readRawBody(c);
    c.set('rawBody', body);
    c.set('params', readParams(c.req.url, c.req.header('content-type'), body));
    c.set('origin', publicUrl ?? new URL(c.req.url).origin);
    await next();
  });
}
