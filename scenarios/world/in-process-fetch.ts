import { connectionResetError, isConnectionReset } from '../../simulator/api-faults/connection-reset.js';
import type { Simulator } from '../../simulator/create-simulator.js';
import type { InProcessBindings } from '../../simulator/http/raw-body.js';

/**
 * `fetch` for a simulator in the same process. A string body goes to the simulator as the string it is
 * (next to a Request without one), which spares a web stream on each side; the simulator reads the same
 * text, and the headers are those a Request with that body gets (a default text/plain content type).
 */
export function inProcessFetch(sim: Simulator): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body;
    if (typeof body !== 'string' || input instanceof Request || hasNoBody(init?.method)) {
      return sim.fetch(new Request(input, init));
    }
    const headers = new Headers(init?.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
    const request = new Request(input, { ...init, headers, body: undefined });
    const bindings: InProcessBindings = { inProcessBody: body };
    const response = await sim.app.fetch(request, bindings);
    if (isConnectionReset(response)) throw connectionResetError();
    return response;
  }) as typeof fetch;
}

/** A Request refuses a body with these methods: the slow path keeps that TypeError. */
function hasNoBody(method: string | undefined): boolean {
  const upper = (method ?? 'GET').toUpperCase();
  return upper === 'GET' || upper === 'HEAD';
}
