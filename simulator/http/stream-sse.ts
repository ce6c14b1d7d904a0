import type { Context } from 'hono';
import type { SSEStreamingApi } from 'hono/streaming';

/** Hono's `streamSSE`, with hono/streaming (five modules) loaded at the first event stream, not at start. */
export async function streamSse(
  c: Context,
  run: (stream: SSEStreamingApi) => Promise<void>,
): Promise<Response> {
  const { streamSSE } = await import('hono/streaming');
  return streamSSE(c, run);
}
