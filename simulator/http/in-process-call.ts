import type { Context, Hono } from 'hono';
import type { AppEnv } from './app-env.js';
import type { InProcessBindings } from './raw-body.js';

/** One call from code in the same process that reads the answer as text (the scenario harness's own calls). */
export interface InProcessCall {
  readonly method: string;
  /** Path and query, e.g. `/charges?limit=100`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as the string it is (JSON or a form); none for a GET. */
  readonly body?: string;
}

export interface InProcessAnswer {
  readonly status: number;
  readonly text: string;
}

/** Where the answer's text is put while its Response is made without a body (see `answerSinkOf`). */
export interface AnswerSink {
  text: string | null;
}

type SinkBindings = InProcessBindings & { readonly answerSink?: AnswerSink };

// Any host will do: no socket is involved, and the answer names it only where a client's origin shows.
const DEFAULT_ORIGIN = 'http://omise-sim.in-process.invalid';

/**
 * Runs one call through the whole app (every middleware and route, as any request) without the two
 * WHATWG objects a Fetch call costs most in: no Request (a plain object with the method, URL and a Headers
 * object: all the app reads of a request) and no Response body stream (its text is handed over as the
 * string it was rendered to). The answer's text is the one a Fetch client would read.
 */
export async function inProcessCall(
  app: Hono<AppEnv>,
  call: InProcessCall,
  /** The origin the call seems to come to (URLs in answers are made from it), as a client's URL would be. */
  origin = DEFAULT_ORIGIN,
): Promise<InProcessAnswer> {
  const headers = new CallHeaders(call.headers);
  if (call.body !== undefined && !headers.has('content-type')) {
    headers.set('content-type', 'text/plain;charset=UTF-8');
  }
  const request = { method: call.method, url: `${origin}${call.path}`, headers } as unknown as Request;
  const { response, text } = await fetchKeepingText(app, request, call.body);
  return { status: response.status, text: text ?? (await response.text()) };
}

/**
 * Runs a Request through the app with its body handed over as the string it is (the Request carries none),
 * and the answer's text kept as the string it was rendered to: then the Response has no body and `text` is
 * that string; for an answer that is not a string (a stream, an image, none) `text` is null and the Response
 * is the whole answer. A HEAD request's answer has no text, whatever its GET's was: Hono answers it with the
 * GET's headers and no body.
 */
export async function fetchKeepingText(
  app: Hono<AppEnv>,
  request: Request,
  body?: string,
): Promise<{ response: Response; text: string | null }> {
  const sink: AnswerSink = { text: null };
  const bindings: SinkBindings = { inProcessBody: body ?? '', answerSink: sink };
  const response = await app.fetch(request, bindings);
  const kept = request.method === 'HEAD' || response.body !== null ? null : sink.text;
  return { response, text: kept };
}

/**
 * Where an in-process call wants its answer's text (`answerJson` puts it there and makes the Response without
 * a body, which spares the web stream Fetch would build around the text and the one that would read it back);
 * undefined for any other request.
 */
export function answerSinkOf(c: Context<AppEnv>): AnswerSink | undefined {
  return (c.env as SinkBindings | undefined)?.answerSink;
}

/** An answer made after the route's (a lost answer, say) replaces its text too: none, until one is kept. */
export function forgetKeptAnswer(c: Context<AppEnv>): void {
  const sink = answerSinkOf(c);
  if (sink) sink.text = null;
}

/**
 * The request's headers, read as a Fetch Headers object is read (`get` by any case, `has`, iteration), without
 * building one: the caller's names are known to be valid.
 */
class CallHeaders {
  readonly #values = new Map<string, string>();

  constructor(init: Readonly<Record<string, string>>) {
    for (const [name, value] of Object.entries(init)) this.#values.set(name.toLowerCase(), value);
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.#values.set(name.toLowerCase(), value);
  }

  forEach(each: (value: string, name: string) => void): void {
    for (const [name, value] of this) each(value, name);
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#values.entries();
  }
}
