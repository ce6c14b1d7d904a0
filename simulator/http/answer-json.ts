import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';
import { answerSinkOf } from './in-process-call.js';
import { jsonText } from './json-text.js';

type Headers = Record<string, string | string[]>;

/** What `answerJson` notes of a request's JSON answer, for the observers (observe-requests.ts). */
export interface RenderedJson {
  response?: Response;
  text?: string;
  /** Sent with no headers of the route's own, so its content type is certainly the JSON one set here. */
  plainJson?: boolean;
}

/**
 * The app's JSON answer: `c.json` as Hono makes it (its text, then `c.body` with a JSON content type), with
 * three changes. The text of a frozen (shared) answer is made once (`jsonText`). The text is noted for the
 * observers (observe-requests.ts), since reading it back from the Response costs a clone and a tee of its
 * stream. For an in-process call the text is handed over as it is, with a Response made without a body
 * (in-process-call.ts). Routes answer through it rather than the app replacing `c.json` on every context: a
 * closure per request kept on the context made V8 pretenure each request's objects, and Hono's own `c.json`
 * stays as it is for routes you add to `sim.app`.
 */
export function answerJson(
  c: Context<AppEnv>,
  object: unknown,
  status?: ContentfulStatusCode,
  headers?: Headers,
): Response {
  const text = jsonText(object);
  // Lower case, as the header went out when every answer's headers passed through a Fetch Headers object.
  const all = { 'content-type': 'application/json', ...headers };
  const sink = answerSinkOf(c);
  let response: Response;
  if (sink) {
    sink.text = text;
    response = c.body(null, status, all);
  } else response = c.body(text, status, all);
  // Noted only while someone observes the request (observe-requests.ts).
  const rendered = c.get('renderedJson');
  if (rendered) {
    rendered.response = response;
    rendered.text = text;
    rendered.plainJson = headers === undefined;
  }
  return response;
}
