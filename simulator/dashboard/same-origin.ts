import { createMiddleware } from 'hono/factory';
import { omiseError } from '../errors/omise-error.js';
import type { AppEnv } from '../http/app-env.js';
import { DELIVERY_HEADER } from '../webhooks/delivery/build-attempt.js';
import { SIGNATURE_HEADER } from '../webhooks/signature/signature-headers.js';

/**
 * The dashboard takes no key, so a form on another site must not be able to post to it from a browser
 * (cross-site request forgery): a post whose Origin (or Sec-Fetch-Site) says another site is refused.
 * Tools that send neither header (curl, tests) pass: they could use the API with the key anyway. The answer
 * is an Omise error (400 `bad_request`, as every refusal here is), not Omise's own, since Omise has no such page.
 * A webhook delivery (signed, or marked as the simulator's) is no person at a page either: an account whose
 * webhook URL is its own dashboard's "replay" form would otherwise replay that event to itself forever.
 */
export function sameOriginPosts() {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const crossOrigin = origin !== undefined && origin !== 'null' && origin !== new URL(c.req.url).origin;
    if (crossOrigin || site === 'cross-site' || origin === 'null')
      throw omiseError('bad_request', 'the dashboard accepts forms from its own pages only');
    if (c.req.header(SIGNATURE_HEADER) !== undefined || c.req.header(DELIVERY_HEADER) !== undefined)
      throw omiseError('bad_request', 'the dashboard takes no webhook deliveries');
    await next();
  });
}
