import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, type Http2Bindings, type HttpBindings, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import { isConnectionReset } from '../api-faults/connection-reset.js';
import type { ListenOptions, RunningServer } from '../create-simulator.js';
import { messages } from '../errors/messages.js';
import { OmiseError } from '../errors/omise-error.js';
import { answerMalformedRequests } from './answer-malformed-requests.js';
import type { AppEnv } from './app-env.js';

/** The app over HTTP/1.1 on `host:port` (0 picks a free port), answering even what never reaches the app. */
export function startServer(app: Hono<AppEnv>, options: ListenOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const listener = getRequestListener(resetConnections(app), {
    hostname: host,
    errorHandler: unreadableRequest,
  });
  // Duplicate headers joined as Fetch joins them, so node's parsed headers are what the app reads
  // (request-header.ts).
  const server = createServer({ joinDuplicateHeaders: true }, listener);
  answerMalformedRequests(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4100, host, () => {
      const { port } = server.address() as AddressInfo;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${port}`,
        port,
        // Open keep-alive connections and event streams would keep a closing server alive indefinitely.
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * A request no Fetch `Request` can be made of (a `Host` such as `[::1` or `x:99999`, an absolute URL that is
 * not one) never reaches the app; the adapter's default answer is an empty 400. An Omise error instead.
 */
function unreadableRequest(error: unknown): Response {
  const omiseError =
    error instanceof RequestError
      ? new OmiseError('bad_request', messages.requestUrlInvalid)
      : new OmiseError('internal_error');
  return Response.json(omiseError, { status: omiseError.status });
}

/** Over HTTP a reset connection (an API fault) destroys the socket: the client gets no answer at all. */
function resetConnections(app: Hono<AppEnv>) {
  const resetIfAsked = (response: Response, env: HttpBindings | Http2Bindings) => {
    if (isConnectionReset(response)) env.incoming.socket.destroy();
    return response;
  };
  // Not async: node-server awaits what this returns, and a wrapper's own await cost every request a turn.
  return (request: Request, env: HttpBindings | Http2Bindings): Response | Promise<Response> => {
    const answer = app.fetch(request, env);
    return answer instanceof Promise
      ? answer.then((response) => resetIfAsked(response, env))
      : resetIfAsked(answer, env);
  };
}
