import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { requestHeader } from './request-header.js';
import { checkWellFormed, utf8Text } from './utf8-text.js';

/**
 * The request body as text (refused unless it is UTF-8), at most `maxBytes` of it: a larger `Content-Length`
 * is refused before a byte is read, and a chunked body is counted as it streams in and refused as soon as it
 * passes the limit.
 * A Fetch `Request` drops the body of a GET, but omise-go and omise-python send list parameters exactly
 * there, so under Node the body of a GET is read from the raw socket stream. Other methods' bodies are read
 * from it too: going through `c.req.raw.body` builds a whole Fetch Request (an AbortSignal, a web stream)
 * for each request.
 */
export async function readRawBody(c: Context, maxBytes: number): Promise<string> {
  return readRawBodyOrNothing(c, maxBytes);
}

/**
 * As `readRawBody`, but the text itself where there is nothing to wait for (no body, or one handed over in
 * process): most API reads have no body, and a promise to await costs each of them a turn. A refusal is
 * thrown, not rejected, in that case.
 */
export function readRawBodyOrNothing(c: Context, maxBytes: number): string | Promise<string> {
  const declared = Number(requestHeader(c, 'content-length') ?? 0);
  if (declared > maxBytes) throw omiseError('request_entity_too_large', messages.bodyTooLarge(maxBytes));
  const env = c.env as ({ incoming?: IncomingMessage } & InProcessBindings) | undefined;
  if (typeof env?.inProcessBody === 'string')
    return checkWellFormed(checkedSize(env.inProcessBody, maxBytes), 'request body');
  const incoming = env?.incoming;
  if (isUnreadStream(incoming)) {
    return hasBody(incoming) ? readIncomingCapped(incoming, maxBytes) : '';
  }
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return '';
  return c.req.raw.body ? readCapped(c.req.raw.body, maxBytes) : '';
}

/**
 * An in-process caller (the scenario harness) may hand the body over as the string it is, with a Request
 * that carries none: a string body in a Fetch Request costs a web stream to write and another to read.
 */
export interface InProcessBindings {
  readonly inProcessBody?: string;
}

function checkedSize(body: string, maxBytes: number): string {
  if (Buffer.byteLength(body) > maxBytes) {
    throw omiseError('request_entity_too_large', messages.bodyTooLarge(maxBytes));
  }
  return body;
}

async function readCapped(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      // The rest of the body is never buffered.
      await reader.cancel().catch(() => {});
      throw omiseError('request_entity_too_large', messages.bodyTooLarge(maxBytes));
    }
    chunks.push(read.value);
  }
  return utf8Text(Buffer.concat(chunks), 'request body');
}

/** As `readCapped`, but an over-long body is drained, not destroyed: destroying it would close the socket
 * before the 413 is written. */
function readIncomingCapped(incoming: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      incoming.off('data', onData);
      incoming.resume();
      reject(omiseError('request_entity_too_large', messages.bodyTooLarge(maxBytes)));
    };
    incoming.on('data', onData);
    incoming.once('end', () => {
      try {
        resolve(utf8Text(Buffer.concat(chunks), 'request body'));
      } catch (error) {
        reject(error);
      }
    });
    // The client went away mid-body (Node's "aborted"): its mistake, not an internal error.
    incoming.once('error', () => reject(omiseError('bad_request', messages.bodyCutShort)));
  });
}

/** A real request stream nobody read yet (an `env` given to `app.request` may carry only a socket). */
function isUnreadStream(incoming: IncomingMessage | undefined): incoming is IncomingMessage {
  return (
    typeof incoming?.on === 'function' &&
    incoming.headers !== undefined &&
    !incoming.readableDidRead &&
    !incoming.readableEnded
  );
}

function hasBody(incoming: IncomingMessage): boolean {
  const length = Number(incoming.headers['content-length'] ?? 0);
  return length > 0 || incoming.headers['transfer-encoding'] !== undefined;
}
