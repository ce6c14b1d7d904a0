import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import type { WebhookRequest, WebhookResponse } from './send-webhook.js';

// Keep-alive: a burst of deliveries to one endpoint reuses its connections instead of opening one each.
// Idle sockets are unref'd by the agents, so they never keep a process alive.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

// What undici's fetch adds to every request, kept so that a receiver sees the same request as before.
const FETCH_HEADERS = {
  accept: '*/*',
  'accept-language': '*',
  'sec-fetch-mode': 'cors',
  'accept-encoding': 'gzip, deflate',
};

/**
 * One POST with node:http(s), one timer for the timeout and no AbortSignal per attempt: what `sendWebhook`
 * does when no fetch was given. Outcomes and their messages are the ones the fetch path logs.
 */
export function sendOverHttp(request: WebhookRequest, excerpt: number): Promise<WebhookResponse> {
  const started = performance.now();
  const url = new URL(request.url);
  const https = url.protocol === 'https:';
  return new Promise((resolve) => {
    let status: number | null = null;
    const finish = (error: string | null, responseBody: string | null) => {
      clearTimeout(timer);
      forget();
      resolve({ status, error, responseBody, durationMs: Math.round(performance.now() - started) });
    };
    const fail = (error: string) => {
      outgoing.removeAllListeners('error').on('error', () => {});
      outgoing.destroy();
      finish(error, null);
    };
    const headers = {
      ...FETCH_HEADERS,
      ...request.headers,
      'content-length': Buffer.byteLength(request.body),
    };
    const send = https ? httpsRequest : httpRequest;
    const outgoing = send(
      url,
      { method: 'POST', headers, agent: https ? agents.https : agents.http },
      (incoming) => {
        status = incoming.statusCode ?? null;
        readText(incoming).then(
          (text) => finish(null, text.slice(0, excerpt)),
          (error: Error) => fail(`connection failed: ${error.message}`),
        );
      },
    );
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

// One listener per signal (the simulator's), however many attempts are open: not one each.
const cancellers = new WeakMap<AbortSignal, Set<() => void>>();

function onAbort(signal: AbortSignal, cancel: () => void): () => void {
  let open = cancellers.get(signal);
  if (!open) {
    const all = new Set<() => void>();
    signal.addEventListener(
      'abort',
      () => {
        for (const each of all) each();
      },
      { once: true },
    );
    cancellers.set(signal, all);
    open = all;
  }
  open.add(cancel);
  const set = open;
  return () => set.delete(cancel);
}

/** The answer as text, decompressed as fetch would (the request accepts gzip and deflate). */
function readText(incoming: IncomingMessage): Promise<string> {
  const encoding = incoming.headers['content-encoding'];
  const body: Readable =
    encoding === 'gzip'
      ? incoming.pipe(createGunzip())
      : encoding === 'deflate'
        ? incoming.pipe(createInflate())
        : incoming;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    body.on('data', (chunk: Buffer) => chunks.push(chunk));
    body.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    body.on('error', reject);
    incoming.on('aborted', () => reject(new Error('terminated')));
  });
}
