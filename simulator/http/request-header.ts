import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** Node sets `joinDuplicateHeaders` on each request from its server's option (not in its types). */
type JoiningIncoming = IncomingMessage & { readonly joinDuplicateHeaders?: boolean | null };

/**
 * A request header's value as Fetch's `Headers` gives it (`c.req.header`): duplicates joined with ", ", the
 * value trimmed. Over HTTP from our server (start-server.ts) node joins duplicates the same way
 * (`joinDuplicateHeaders`), so its parsed headers hold Fetch's values already: reading one is a property read,
 * where node-server's lightweight Headers checks the name and scans the raw headers for authorization,
 * content-type, content-length and user-agent on every read (6-8 reads a request). `name` is lower case.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: JoiningIncoming } | undefined)?.incoming;
  if (incoming?.joinDuplicateHeaders !== true) return c.req.header(name);
  const value = incoming.headers[name];
  return typeof value === 'string' ? value : undefined;
}
