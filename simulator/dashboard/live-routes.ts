import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/handle-errors.js';
import { pumpToStream } from '../http/pump-to-stream.js';
import { streamSse } from '../http/stream-sse.js';
import { ACCOUNT_NAME } from './account-name.js';
import type { DashboardChange, DashboardFeed } from './dashboard-feed.js';

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
    return streamSse(c, async (stream) => {
      await pumpToStream<DashboardChange>(stream, feed.closed, {
        subscribe: (push) => feed.listen(account, push),
        greet: () => stream.writeSSE({ event: 'ready', data: JSON.stringify({ account }) }),
        write: (change) => stream.writeSSE({ event: 'change', data: JSON.stringify(change) }),
        maxQueued: MAX_QUEUED,
      });
    });
  });
  return routes;
}
