import { sendWebhook, type WebhookResponse } from '../delivery/send-webhook.js';
import { signatureHeaders } from '../signature/signature-headers.js';
import { readServerSentEvents } from './read-server-sent-events.js';

export interface ForwardOptions {
  /** The running simulator, e.g. http://127.0.0.1:4100. */
  readonly sim: string;
  /** The account's secret key: its events are the ones forwarded. */
  readonly key: string;
  readonly forwardTo: string;
  /** Re-sign with this secret, timestamp now; by default the simulator's signature (account secret) is kept. */
  readonly secret?: string;
  readonly keys?: readonly string[];
  readonly signal: AbortSignal;
  readonly onForward?: (forwarded: Forwarded) => void;
  /** Hears connection trouble; the forwarder reconnects a second later and misses no event. */
  readonly onDisconnect?: (error: unknown) => void;
  readonly onConnect?: () => void;
}

export interface Forwarded extends WebhookResponse {
  readonly id: string;
  readonly key: string;
}

interface StreamedEvent {
  readonly id: string;
  readonly key: string;
  readonly payload: string;
  readonly headers: Record<string, string>;
}

/**
 * `omise-sim listen`: follows the account's event stream and POSTs each event to a local URL, one at a
 * time in order, once (no retries: that is what webhook endpoints are for). Runs until the signal aborts.
 */
export async function forwardEvents(options: ForwardOptions): Promise<void> {
  let lastEventId: string | null = null;
  while (!options.signal.aborted) {
    try {
      const response = await connect(options, lastEventId);
      options.onConnect?.();
      for await (const message of readServerSentEvents(response.body as ReadableStream<Uint8Array>)) {
        if (message.event !== 'omise_event') continue;
        const event = JSON.parse(message.data) as StreamedEvent;
        lastEventId = event.id;
        options.onForward?.({ id: event.id, key: event.key, ...(await forward(event, options)) });
      }
      if (!options.signal.aborted) options.onDisconnect?.(new Error('the simulator closed the stream'));
    } catch (error) {
      if (options.signal.aborted) return;
      options.onDisconnect?.(error);
    }
    await pause(1000, options.signal);
  }
}

async function connect(options: ForwardOptions, lastEventId: string | null): Promise<Response> {
  const url = new URL('/_sim/events/stream', options.sim);
  for (const key of options.keys ?? []) url.searchParams.append('keys[]', key);
  const headers: Record<string, string> = {
    authorization: `Basic ${Buffer.from(`${options.key}:`).toString('base64')}`,
  };
  if (lastEventId) headers['last-event-id'] = lastEventId;
  const response = await fetch(url, { headers, signal: options.signal });
  if (!response.ok || !response.body)
    throw new Error(`GET ${url.pathname} answered ${response.status}: ${await response.text()}`);
  return response;
}

function forward(event: StreamedEvent, options: ForwardOptions): Promise<WebhookResponse> {
  const headers = options.secret
    ? {
        ...event.headers,
        ...signatureHeaders(event.payload, [options.secret], Math.floor(Date.now() / 1000)),
      }
    : event.headers;
  return sendWebhook({
    url: options.forwardTo,
    body: event.payload,
    headers,
    timeoutMs: 10_000,
    signal: options.signal,
  });
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
