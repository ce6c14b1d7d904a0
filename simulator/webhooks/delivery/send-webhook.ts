// node:https and node:zlib load with the first delivery over HTTP, not when the simulator starts.
let overHttp: Promise<typeof import('./send-over-http.js')> | undefined;

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
export async function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  if (request.fetch === undefined) {
    overHttp ??= import('./send-over-http.js');
    return (await overHttp).sendOverHttp(request, RESPONSE_EXCERPT);
  }
  const started = performance.now();
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const took = () => Math.round(performance.now() - started);
  let status: number | null = null;
  try {
    const send = request.fetch;
    const init: RequestInit = {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    };
    const response = await untilAborted(send(request.url, init), signal);
    status = response.status;
    const text = await untilAborted(response.text(), signal);
    return { status, error: null, responseBody: text.slice(0, RESPONSE_EXCERPT), durationMs: took() };
  } catch (error) {
    return {
      status,
      error: describeFailure(error, timeout, request),
      responseBody: null,
      durationMs: took(),
    };
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

function describeFailure(error: unknown, timeout: AbortSignal, request: WebhookRequest): string {
  if (timeout.aborted) return `timeout: no complete answer within ${request.timeoutMs / 1000} s`;
  if (request.signal?.aborted) return 'cancelled: the simulator was closed';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.message) return `connection failed: ${cause.message}`;
  return `connection failed: ${(error as Error).message ?? String(error)}`;
}
