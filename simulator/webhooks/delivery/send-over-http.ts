import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeader,
  type RequestOptions,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import { onAbort } from './on-abort.js';
import type { WebhookRequest, WebhookResponse } from './send-webhook.js';
import { type WebhookTarget, webhookTarget } from './webhook-target.js';

// Keep-alive: a burst of deliveries to one endpoint reuses its connections instead of opening one each.
// Idle sockets are unref'd by the agents, so they never keep a process alive.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

// What undici's fetch adds to every request, kept so that a receiver sees the same request as before.
const FETCH_HEADERS = [
  'accept',
  '*/*',
  'accept-language',
  '*',
  'sec-fetch-mode',
  'cors',
  'accept-encoding',
  'gzip, deflate',
];

/**
 * One POST with node:http(s), one timer for the timeout and no AbortSignal per attempt: what `sendWebhook`
 * does when no fetch was given. Outcomes and their messages are the ones the fetch path logs. The headers go
 * as one flat list (node writes them as given, after checking each, with no per-header bookkeeping).
 */
export function sendOverHttp(request: WebhookRequest, excerpt: number): Promise<WebhookResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    // Inside the promise: a URL node cannot send to rejects it, as it did when this function was async.
    const target = webhookTarget(request.url);
    let status: number | null = null;
    let settled = false;
    const finish = (error: string | null, responseBody: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      forget();
      resolve({ status, error, responseBody, durationMs: Math.round(performance.now() - started) });
    };
    const fail = (error: string) => {
      if (settled) return;
      outgoing.removeAllListeners('error').on('error', () => {});
      outgoing.destroy();
      finish(error, null);
    };
    const options: RequestOptions = {
      ...target.options,
      method: 'POST',
      headers: headerList(request, target) as unknown as RequestOptions['headers'],
      agent: target.https ? agents.https : agents.http,
    };
    const outgoing = (target.https ? httpsRequest : httpRequest)(options, (incoming) => {
      status = incoming.statusCode ?? null;
      readText(incoming, excerpt, (error, text) =>
        error ? fail(`connection failed: ${error.message}`) : finish(null, text),
      );
    });
    const timer = setTimeout(
      () => fail(`timeout: no complete answer within ${request.timeoutMs / 1000} s`),
      request.timeoutMs,
    );
    const cancel = () => fail('cancelled: the simulator was closed');
    const forget = request.signal ? onAbort(request.signal, cancel) : () => {};
    if (request.signal?.aborted) return cancel();
    outgoing.on('error', (error) => fail(`connection failed: ${error.message}`));
    outgoing.end(request.body);
  });
}

/** fetch's own headers, then the webhook's, its length, and the Host (and Authorization) node would have added. */
function headerList(request: WebhookRequest, target: WebhookTarget): OutgoingHttpHeader[] {
  const list: OutgoingHttpHeader[] = [...FETCH_HEADERS];
  for (const name in request.headers) list.push(name, request.headers[name] as string);
  list.push('content-length', String(Buffer.byteLength(request.body)), 'Host', target.host);
  if (target.authorization) list.push('Authorization', target.authorization);
  return list;
}

/**
 * The start of the answer (`excerpt` characters) as text, decompressed as fetch would (the request accepts
 * gzip and deflate); the rest is read and dropped, so the connection can carry the next request.
 */
function readText(
  incoming: IncomingMessage,
  excerpt: number,
  done: (error: Error | null, text: string) => void,
): void {
  const encoding = incoming.headers['content-encoding'];
  const body: Readable =
    encoding === 'gzip'
      ? incoming.pipe(createGunzip())
      : encoding === 'deflate'
        ? incoming.pipe(createInflate())
        : incoming;
  // A character takes at most 4 bytes: the first 4 * excerpt bytes decode to the same start as the whole.
  const chunks: Buffer[] = [];
  let kept = 0;
  body.on('data', (chunk: Buffer) => {
    if (kept >= 4 * excerpt) return;
    chunks.push(chunk);
    kept += chunk.length;
  });
  body.on('end', () => done(null, Buffer.concat(chunks).toString('utf8').slice(0, excerpt)));
  body.on('error', (error: Error) => done(error, ''));
  incoming.on('aborted', () => done(new Error('terminated'), ''));
}
