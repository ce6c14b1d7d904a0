import { lazyRequest } from './world/lazy-request.js';

/** An app in this process: a Hono app, or anything that answers a Request with a Response. */
export interface InProcessApp {
  fetch(request: Request): Response | Promise<Response>;
}

/**
 * Calls an app in this process as Hono's `app.request(path, init)` does, with a Request made only as far
 * as the app reads it (its method, URL, headers and string body: see lazy-request.ts). For a
 * `merchantProtocol` or `merchantHooks` request to a merchant running in-process.
 */
export async function inProcessRequest(
  app: InProcessApp,
  path: string,
  init?: RequestInit,
): Promise<Response> {
  const url = /^https?:\/\//.test(path) ? path : `http://localhost${path.startsWith('/') ? '' : '/'}${path}`;
  return app.fetch(lazyRequest(url, init));
}
