import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** The caller's address as the socket saw it (IPv4-mapped IPv6 as plain IPv4); null when served in-process. */
export function clientIp(c: Context): string | null {
  const address = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress;
  return address ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') : null;
}
