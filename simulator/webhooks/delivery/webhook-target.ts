import { boundedMemo } from '../../shared/bounded-memo.js';

/** Where a webhook URL points, parsed once: what node:http needs besides the method, headers and agent. */
export interface WebhookTarget {
  readonly https: boolean;
  /** The Host header: the host, and the port unless it is the scheme's default. */
  readonly host: string;
  /** Basic credentials from a `user:password@` URL, sent as node:http sends them; null without. */
  readonly authorization: string | null;
  readonly options: {
    readonly protocol: string;
    readonly hostname: string;
    readonly port: number | undefined;
    readonly path: string;
  };
}

/**
 * The parsed target of `url` (a WHATWG URL, as fetch parses it); throws on a URL fetch would refuse too.
 * Endpoints are few, but replays may name any URL: the last 256 are remembered.
 */
export const webhookTarget = boundedMemo(256, parseTarget);

function parseTarget(url: string): WebhookTarget {
  const parsed = new URL(url);
  const hostname = parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname;
  return {
    https: parsed.protocol === 'https:',
    host: parsed.host,
    authorization: credentials(parsed),
    options: {
      protocol: parsed.protocol,
      hostname,
      port: parsed.port === '' ? undefined : Number(parsed.port),
      path: `${parsed.pathname}${parsed.search}`,
    },
  };
}

function credentials(url: URL): string | null {
  if (!url.username && !url.password) return null;
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}
