import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { notFound } from '../handle-errors.js';

/**
 * Omise's own sub-resources that look like an id under a simulated collection. Real Omise serves them
 * (`GET /charges/schedules`: omise-php, omise-go and omise-java record `charges/schedules-get.json`, a list
 * of schedules); the simulator has no schedules, so they are unknown routes, not "charge schedules was not
 * found" as `/charges/:id` would say.
 */
export const unsimulatedPaths = ['/charges/schedules'] as const;

/**
 * Told apart from an id by a middleware on `/charges/:id/*` rather than by routes of their own: Hono's fast
 * router (RegExpRouter) refuses a literal segment beside a parameter, and one such route sends every request
 * of the app through the slower trie router.
 */
export function unsimulatedRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const names = new Map<string, Set<string>>();
  for (const path of unsimulatedPaths) {
    const [, collection = '', name = ''] = path.split('/');
    names.set(collection, (names.get(collection) ?? new Set()).add(name));
  }
  for (const [collection, unsimulated] of names) {
    routes.use(`/${collection}/:id/*`, async (c, next) => {
      if (unsimulated.has(c.req.param('id'))) return notFound(c);
      await next();
    });
  }
  return routes;
}
