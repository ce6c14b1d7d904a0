/**
 * Omise's own sub-resources that look like an id under a simulated collection. Real Omise serves them
 * (`GET /charges/schedules`: omise-php, omise-go and omise-java record `charges/schedules-get.json`, a list
 * of schedules); the simulator has no schedules, so they are unknown routes, not "charge schedules was not
 * found" as `/charges/:id` would say.
 */
export const unsimulatedPaths = ['/charges/schedules'] as const;

/**
 * Whether a path is one of them or under one. Told apart by the one middleware every request goes through
 * rather than by routes of their own: Hono's fast router (RegExpRouter) refuses a literal segment beside a
 * parameter, and one such route sends every request of the app through the slower trie router.
 */
export function isUnsimulated(path: string): boolean {
  for (const unsimulated of unsimulatedPaths) {
    if (
      path.startsWith(unsimulated) &&
      (path.length === unsimulated.length || path[unsimulated.length] === '/')
    )
      return true;
  }
  return false;
}
