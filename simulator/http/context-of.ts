import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * The context an answer method of the app's own (`c.json`, and `c.body` for an in-process call) was called
 * on. They are one function for every request, not a closure each (see observe-requests.ts), so they must be
 * called as methods, as Hono's documentation always calls them; a detached call is refused by name.
 */
export function contextOf(self: Context<AppEnv> | undefined, method: string): Context<AppEnv> {
  if (typeof self !== 'object' || self === null || typeof self.newResponse !== 'function')
    throw new TypeError(`call c.${method}(...) on the context: omise-sim's c.${method} is not bound to it`);
  return self;
}
