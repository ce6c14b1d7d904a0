import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The request body as text. A Fetch `Request` drops the body of a GET, but omise-go and omise-python send
 * list parameters exactly there, so under Node the body of a GET is read from the raw socket stream.
 */
export async function readRawBody(c: Context): Promise<string> {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.req.text();
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || !hasBody(incoming)) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

function hasBody(incoming: IncomingMessage): boolean {
  const length = Number(incoming.headers['content-length'] ?? 0);
  return length > 0 || incoming.headers['transfer-encoding'] !== undefined;
}
