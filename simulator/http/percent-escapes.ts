import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';

/** A `%` not followed by two hex digits. */
const LONE_PERCENT = /%(?![0-9a-fA-F]{2})/;
const LONE_PERCENTS = new RegExp(LONE_PERCENT.source, 'g');
/** How much of the broken name or value the message quotes. */
const QUOTED = 100;

/**
 * The %-escapes of a query string or form body, as Rack reads them: every `%` starts two hex digits (Ruby's
 * `URI.decode_www_form_component` raises "invalid %-encoding (<name or value>)", which Rails answers 400), and
 * together they spell UTF-8 (else Rails' "Invalid encoding for parameter"). URLSearchParams would keep a lone
 * `%` and decode a bad sequence to U+FFFD.
 */
export function checkFormEscapes(text: string, part: string): void {
  if (!text.includes('%')) return;
  if (LONE_PERCENT.test(text)) {
    const broken = brokenComponent(text);
    const quoted = broken.length > QUOTED ? `${broken.slice(0, QUOTED)}...` : broken;
    throw omiseError('bad_request', messages.invalidPercentEncoding(part, quoted));
  }
  if (!spellsUtf8(text)) throw omiseError('bad_request', messages.notUtf8(part));
}

/**
 * A path's %-escapes spell UTF-8 (Rails refuses a path parameter that is not, "Invalid path parameters"); a
 * `%` without two hex digits stays the character it is, as Rails' router unescapes only whole escapes.
 */
export function checkPathEscapes(path: string): void {
  if (path.includes('%') && !spellsUtf8(path.replace(LONE_PERCENTS, '%25')))
    throw omiseError('bad_request', messages.notUtf8('request path'));
}

function spellsUtf8(escaped: string): boolean {
  try {
    decodeURIComponent(escaped);
    return true;
  } catch {
    return false;
  }
}

/** The first name or value (Rack splits on `&`, then on the first `=`) with a lone `%`, as Rack names it. */
function brokenComponent(text: string): string {
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    for (const component of equals < 0 ? [pair] : [pair.slice(0, equals), pair.slice(equals + 1)]) {
      if (LONE_PERCENT.test(component)) return component;
    }
  }
  return text;
}
