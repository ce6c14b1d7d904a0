import type { SSEStreamingApi } from 'hono/streaming';

const KEEP_ALIVE_MS = 15_000;

export interface StreamPump<T> {
  /** What was waiting before the stream opened (a reconnect's missed events), sent first. */
  readonly backlog?: T[];
  /** Starts hearing items; returns a function that stops. */
  subscribe(push: (item: T) => void): () => void;
  /** Written once the subscription is on, before any item: a client that has it misses nothing after it. */
  greet?(): Promise<void>;
  /** Writes one item to the stream. */
  write(item: T): Promise<void>;
  /** A stalled reader keeps only this many of the latest items (default: all). */
  readonly maxQueued?: number;
}

/**
 * Sends what a subscription hears to a server-sent-event stream, in order, with a keep-alive comment every
 * 15 s of silence, until the client goes or `closed` aborts (the simulator closing). The one loop behind
 * `/_sim/events/stream` and the dashboard's live stream.
 */
export async function pumpToStream<T>(
  stream: SSEStreamingApi,
  closed: AbortSignal,
  pump: StreamPump<T>,
): Promise<void> {
  const queue = pump.backlog ?? [];
  let wake = () => {};
  const stop = pump.subscribe((item) => {
    if (queue.push(item) > (pump.maxQueued ?? Number.POSITIVE_INFINITY)) queue.shift();
    wake();
  });
  const end = () => wake();
  stream.onAbort(end);
  closed.addEventListener('abort', end);
  try {
    await pump.greet?.();
    while (!stream.aborted && !closed.aborted) {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await pump.write(item);
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
    closed.removeEventListener('abort', end);
  }
}
