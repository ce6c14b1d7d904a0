import type { Context } from 'hono';
import { TOOLING_HEADER } from '../api-faults/apply-api-fault.js';
import type { ObservedRequest } from '../logging/observed-request.js';
import type { RenderedJson } from './answer-json.js';
import type { AppEnv } from './app-env.js';
import type { Logger } from './handle-errors.js';
import { parseAuthorization } from './parse-key.js';
import { requestHeader } from './request-header.js';
import { type SyncOrAsync, thenOrNow } from './sync-or-async.js';

export interface RequestObserver {
  /** Whether anyone needs the answer's body (reading it costs a copy of every JSON answer). */
  readonly wantsBodies: () => boolean;
  readonly observe: (request: ObservedRequest) => void;
}

/**
 * Hands every finished request, errors included, to the observers (the activity log, the request journal),
 * after its answer: in a later microtask, so an answer made in its request's turn is sent in that turn (an
 * observer that throws is logged: the client has its answer by then).
 */
export function observeRequests(observers: readonly RequestObserver[], log: Logger) {
  return (c: Context<AppEnv>, next: () => SyncOrAsync<void>): SyncOrAsync<void> => {
    if (observers.length === 0 || isDashboardRead(c)) return next();
    const rendered = noteRenderedJson(c);
    const at = Date.now();
    const started = performance.now();
    return thenOrNow(next(), () => {
      const durationMs = Math.round(performance.now() - started);
      Promise.resolve()
        .then(() => record(c, observers, rendered, at, durationMs))
        .catch((error) => log(`observing ${c.req.method} ${c.req.path} failed`, error));
    });
  };
}

async function record(
  c: Context<AppEnv>,
  observers: readonly RequestObserver[],
  rendered: RenderedJson,
  at: number,
  durationMs: number,
): Promise<void> {
  const wantsBodies = wantsBodiesOf(observers);
  const request: ObservedRequest = {
    at,
    account: accountOf(c),
    method: c.req.method,
    path: c.req.path,
    query: c.get('query') ?? new URL(c.req.url).search.slice(1),
    status: c.res.status,
    durationMs,
    userAgent: requestHeader(c, 'user-agent') ?? null,
    requestBody: wantsBodies ? (c.get('rawBody') ?? '') : '',
    responseBody: wantsBodies ? await jsonBody(c.res, rendered) : null,
  };
  for (const observer of observers) observer.observe(request);
}

/** The dashboard's own reads, made to draw a page: its actions are journaled and logged as any client's. */
function isDashboardRead(c: Context<AppEnv>): boolean {
  return c.req.method === 'GET' && requestHeader(c, TOOLING_HEADER) === 'dashboard';
}

/** The account the key names, even when the request failed before it was authenticated. */
function accountOf(c: Context<AppEnv>): string | null {
  const account = c.get('account');
  if (account) return account.name;
  const parsed = parseAuthorization(requestHeader(c, 'authorization'));
  return 'account' in parsed ? parsed.account : null;
}

function wantsBodiesOf(observers: readonly RequestObserver[]): boolean {
  return observers.some((observer) => observer.wantsBodies());
}

/** Where `answerJson` notes the JSON text a route answered with, for the observers. */
function noteRenderedJson(c: Context<AppEnv>): RenderedJson {
  const rendered: RenderedJson = {};
  c.set('renderedJson', rendered);
  return rendered;
}

/**
 * The answer's text. Recording happens a microtask after the answer, never in the answer's own synchronous
 * run: recording a request in the same turn as its answer made V8 pretenure more of each request's objects
 * (promoted 7.7 KB per create instead of 2.0, measured with --trace-gc-nvp), which costs more major
 * collections than the turn costs.
 */
async function jsonBody(response: Response, rendered: RenderedJson): Promise<string | null> {
  // Asking a node-server response for its headers turns them into a Fetch Headers object, which then costs
  // more to write out: not needed when the text and its content type are known.
  if (rendered.response === response && rendered.plainJson && rendered.text !== undefined)
    return rendered.text;
  if (!response.headers.get('content-type')?.includes('application/json')) return null;
  // The same text answerJson sent, unless another answer replaced it.
  if (rendered.response === response && rendered.text !== undefined) return rendered.text;
  return response.clone().text();
}
