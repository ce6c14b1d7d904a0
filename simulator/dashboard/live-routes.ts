import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/handle-errors.js';
import { ACCOUNT_NAME } from './account-name.js';
import type { DashboardChange, DashboardFeed } from './dashboard-feed.js';

const KEEP_ALIVE_MS = 15_000;
/** A page only needs to know that something changed: a stalled reader keeps the latest changes, no more. */
const MAX_QUEUED = 100;

/**
 * `GET /_sim/ui/:account/live`: the dashboard's own event stream, for its open pages to update themselves.
 * `EventSource` cannot send an Authorization header, and the dashboard takes no key anyway, so this stream
 * takes none either and carries no more than the pages show: ids, event keys and charges (no payload, no
 * signature, no key). `ready` comes first, then one `change` per event, webhook attempt or reset.
 */
export function liveRoutes(feed: DashboardFeed): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/_sim/ui/:account/live', (c) => {
    const account = c.req.param('account');
    if (!ACCOUNT_NAME.test(account)) return notFound(c);
    return streamSSE(c, async (stream) => {
      const queue: DashboardChange[] = [];
      let wake = () => {};
      const stop = feed.listen(account, (change) => {
        if (queue.push(change) > MAX_QUEUED) queue.shift();
        wake();
      });
      const end = () => wake();
      stream.onAbort(end);
      feed.closed.addEventListener('abort', end);
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ account }) });
        while (!stream.aborted && !feed.closed.aborted) {
          for (let change = queue.shift(); change; change = queue.shift())
            await stream.writeSSE({ event: 'change', data: JSON.stringify(change) });
          const woken = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), KEEP_ALIVE_MS);
            wake = () => {
              clearTimeout(timer);
              resolve(true);
            };
          });
          if (!woken) await stream.write(': keep-alive\n\n');
        }
      } finally {
        stop();
        feed.closed.removeEventListener('abort', end);
      }
    });
  });
  return routes;
}
