import { isUtf8 } from 'node:buffer';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';

/**
 * Bytes as text, refused (400 `bad_request`, "<part> is not valid UTF-8") unless they are UTF-8: Rails refuses
 * a parameter whose encoding is invalid (`ActionController::BadRequest`, "Invalid encoding for parameter"),
 * where `toString('utf8')` would quietly turn each bad byte into U+FFFD.
 */
export function utf8Text(bytes: Uint8Array, part: string): string {
  if (!isUtf8(bytes)) throw omiseError('bad_request', messages.notUtf8(part));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A string as UTF-8 can carry it: no lone surrogate (a JSON `"\ud800"`, an in-process body). */
export function checkWellFormed(text: string, part: string): string {
  if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed())
    throw omiseError('bad_request', messages.notUtf8(part));
  return text;
}
