import { type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { messages } from '../errors/messages.js';
import { OmiseError } from '../errors/omise-error.js';

// A request Node's HTTP parser refuses (a bad Content-Length, a broken chunk, a lower-case method, a NUL in a
// header, headers over 16 KiB) never reaches the app; by default Node answers it with an empty 400 or 431 and
// no body. The client still gets an Omise error, as for every other mistake. CONNECT (a proxy's method, no
// route here) is an unknown route like TRACE.

type ParserError = Error & { code?: string };

/** Node's own choice of status per parser error (`_http_server.js`), as Omise error codes. */
function errorFor(error: ParserError): OmiseError {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return new OmiseError('request_header_fields_too_large', messages.requestHeadersTooLarge);
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return new OmiseError('request_timeout', messages.requestTimedOut);
  return new OmiseError('bad_request', messages.malformedRequest);
}

/** The raw HTTP/1.1 answer: the socket is closed after it, as Node does, since the stream can't be trusted. */
export function rawErrorResponse(error: OmiseError): string {
  const body = JSON.stringify(error);
  const status = error.status;
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}

function answer(socket: Duplex, error: OmiseError): void {
  if (socket.writable) socket.end(rawErrorResponse(error));
  else socket.destroy();
}

export function answerMalformedRequests(server: Server): void {
  server.on('clientError', (error: ParserError, socket: Duplex) => {
    // A reset connection has nobody to answer; a half-sent answer can't be followed by another.
    const busy = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || busy) socket.destroy();
    else answer(socket, errorFor(error));
  });
  server.on('connect', (request: { url?: string }, socket: Duplex) => {
    answer(socket, new OmiseError('not_found', messages.pathNotFound('CONNECT', request.url ?? '')));
  });
}
