import { connectionResetError, isConnectionReset } from '../../simulator/api-faults/connection-reset.js';
import type { Simulator } from '../../simulator/create-simulator.js';
import { fetchKeepingText } from '../../simulator/http/in-process-call.js';
import { knownTextResponse } from './known-text-response.js';
import { lazyRequest } from './lazy-request.js';

/**
 * `fetch` for a simulator in the same process. A call to a URL with a string body (or none) goes to the
 * simulator as a Request made only as far as the app reads it (lazy-request.ts), its body as the string it
 * is, and the answer's text comes back as the string it was rendered to (known-text-response.ts): no web
 * stream on either side. The simulator reads the same request (a string body gets the default text/plain
 * content type a Request gives it), and the answer reads as the one a Fetch Request would get.
 * Anything else (a Request, other bodies, an abort signal, HEAD) goes as a Fetch Request.
 */
export function inProcessFetch(sim: Simulator): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body ?? undefined;
    if (typeof input !== 'string' || (body !== undefined && typeof body !== 'string') || init?.signal) {
      return sim.fetch(new Request(input, init));
    }
    const request = lazyRequest(input, init);
    if (request.method === 'HEAD') return sim.fetch(request);
    const { response, text } = await fetchKeepingText(sim.app, request, body);
    if (isConnectionReset(response)) throw connectionResetError();
    return text === null ? response : knownTextResponse(text, response);
  }) as typeof fetch;
}
