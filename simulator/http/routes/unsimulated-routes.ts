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

export function unsimulatedRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  for (const path of unsimulatedPaths) {
    routes.all(path, notFound);
    routes.all(`${path}/*`, notFound);
  }
  return routes;
}
