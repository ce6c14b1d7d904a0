/**
 * A faulted answer that must never reach the client: over HTTP the server destroys the socket instead
 * (the client sees ECONNRESET), in-process `sim.fetch` rejects as fetch does on a network error.
 */
export const CONNECTION_RESET_HEADER = 'omise-sim-connection-reset';

const RESET_STATUS = 599;

export function connectionResetResponse(): Response {
  return new Response(null, { status: RESET_STATUS, headers: { [CONNECTION_RESET_HEADER]: '1' } });
}

/**
 * The status first: it is read from node-server's plain record, while asking for the headers turns every
 * answer's headers into a Fetch Headers object that then costs more to write out.
 */
export function isConnectionReset(response: Response): boolean {
  return response.status === RESET_STATUS && response.headers.has(CONNECTION_RESET_HEADER);
}

/** What Node's fetch throws when the server resets the connection. */
export function connectionResetError(): TypeError {
  const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}
