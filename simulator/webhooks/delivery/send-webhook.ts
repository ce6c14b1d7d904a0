import { loadOnce } from '../../shared/load-once.js';
import { onAbort } from './on-abort.js';

// node:https and node:zlib load with the first delivery over HTTP, not when the simulator starts.
// Once loaded, attempts call it directly, without waiting a tick on the import.
let loaded: typeof import('./send-over-http.js') | undefined;
const overHttp = loadOnce(async () => {
  loaded = await import('./send-over-http.js');
  return loaded;
});

export interface WebhookRequest {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** Aborts the request early (the simulator closing). */
  readonly signal?: AbortSignal;
  /** Sends the request (default: node:http(s) on a keep-alive agent); tests may route it to an in-process handler. */
  readonly fetch?: typeof fetch;
}

export interface WebhookResponse {
  /** The HTTP status, or null when no answer came back. */
  readonly status: number | null;
  /** Why there is no usable answer (timeout, refused connection); null when the endpoint answered. */
  readonly error: string | null;
  /** The start of what the endpoint answered, for debugging a merchant's handler. */
  readonly responseBody: string | null;
  readonly durationMs: number;
}

const RESPONSE_EXCERPT = 1000;

/**
 * One POST to an endpoint. Success is a 2xx within the timeout; redirects are not followed (a 3xx is an
 * answer, and not a 2xx). Never throws: every outcome is a response to log.
 */
export function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  if (request.fetch !== undefined) return sendWithFetch(request, request.fetch);
  if (loaded) return loaded.sendOverHttp(request, RESPONSE_EXCERPT);
  return overHttp().then(
    (module) => module.sendOverHttp(request, RESPONSE_EXCERPT),
    // An outcome to log like any other: the attempt fails and is retried on its schedule.
    (error: Error) => ({
      status: null,
      error: `connection failed: the HTTP client could not load (${error.message})`,
      responseBody: null,
      durationMs: 0,
    }),
  );
}

/**
 * The request through a given fetch (an in-process handler), its timeout enforced even if it ignores the
 * signal. One controller and one timer per attempt, cleared when it ends: `AbortSignal.timeout` and
 * `AbortSignal.any` cost a timer each that outlives the attempt and weak references for the collector.
 */
async function sendWithFetch(request: WebhookRequest, send: typeof fetch): Promise<WebhookResponse> {
  const started = performance.now();
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }, request.timeoutMs);
  timer.unref(); // as AbortSignal.timeout's: a pending attempt keeps no process alive
  const cancel = () => controller.abort(request.signal?.reason);
  if (request.signal?.aborted) cancel();
  const forget = request.signal ? onAbort(request.signal, cancel) : () => {};
  const took = () => Math.round(performance.now() - started);
  let status: number | null = null;
  try {
    const init: RequestInit = {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    };
    const answer = send(request.url, init).then((response) => {
      status = response.status;
      return response.text();
    });
    const text = await untilAborted(answer, signal);
    return { status, error: null, responseBody: text.slice(0, RESPONSE_EXCERPT), durationMs: took() };
  } catch (error) {
    return {
      status,
      error: describeFailure(error, timedOut, request),
      responseBody: null,
      durationMs: took(),
    };
  } finally {
    clearTimeout(timer);
    forget();
  }
}

/** Enforces the timeout even on a transport that ignores the signal (an in-process handler may). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function describeFailure(error: unknown, timedOut: boolean, request: WebhookRequest): string {
  if (timedOut) return `timeout: no complete answer within ${request.timeoutMs / 1000} s`;
  if (request.signal?.aborted) return 'cancelled: the simulator was closed';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.message) return `connection failed: ${cause.message}`;
  return `connection failed: ${(error as Error).message ?? String(error)}`;
}
