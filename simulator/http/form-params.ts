import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './limits/request-limits.js';
import { checkFormEscapes } from './percent-escapes.js';
import { emptyParams } from './plain-data.js';

export type Params = Record<string, unknown>;

/**
 * Parses `application/x-www-form-urlencoded` with bracket nesting the way Rack (Omise's API is a Rails app)
 * does: `source[type]=x` and `metadata[0]=y` make hashes, only `[]` makes arrays (`webhook_endpoints[]=u`),
 * and `items[][name]=a&items[][name]=b` starts a new hash when a key repeats. A key that is both a string and
 * a hash (`a=1&a[b]=2`) is refused, as Rack's ParameterTypeError is; so is the other order (`a[b]=2&a=1`),
 * which Rack would overwrite silently (assumed, because `source[type]=...&source=src_...` is ambiguous either way). Hashes have no prototype, so a key such
 * as `__proto__` is data like any other; the number of parameters, their depth and name length are limited.
 */
export function parseFormParams(
  body: string,
  limits: RequestLimits = DEFAULT_REQUEST_LIMITS,
  part = 'request body',
): Params {
  const params = emptyParams();
  if (body === '') return params; // most requests have no query: no URLSearchParams for it
  let count = 0;
  // Without a `%` or a U+FFFD in the text, no name or value can hold either (most bodies): not looked for.
  let escapesChecked = !suspect(body);
  for (const [name, value] of new URLSearchParams(body)) {
    // URLSearchParams keeps a lone `%` and decodes an escape that spells no UTF-8 to U+FFFD, where Rack refuses
    // both: the first name or value holding either has the whole text looked at, once.
    if (!escapesChecked && (suspect(name) || suspect(value))) {
      checkFormEscapes(body, part);
      escapesChecked = true;
    }
    if (++count > limits.maxParams) throw omiseError('bad_request', messages.tooManyParams(limits.maxParams));
    if (name.length > limits.maxKeyLength)
      throw omiseError('bad_request', messages.keyTooLong(limits.maxKeyLength));
    if (value.length > limits.maxStringLength)
      throw omiseError('bad_request', messages.stringTooLong(limits.maxStringLength));
    const path = keyPath(name);
    if (path.length > limits.maxDepth)
      throw omiseError('bad_request', messages.paramsTooDeep(limits.maxDepth));
    assign(params, path, detached(value));
  }
  return params;
}

function suspect(text: string): boolean {
  return text.includes('%') || text.includes('\uFFFD');
}

/**
 * `value` not tied to the body it came from. URLSearchParams gives a value of 13 characters or more as a
 * slice of the body, which keeps the whole body in memory as long as the value is kept: a stored barcode
 * held its request's body (a body may be megabytes). Adding a character makes a pair V8 flattens into a
 * copy when it is sliced again, and that copy is all the result keeps.
 */
function detached(value: string): string {
  return value.length < 13 ? value : `${value} `.slice(0, -1);
}

function keyPath(name: string): string[] {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return [name];
  return [name.slice(0, open), ...name.slice(open + 1, -1).split('][')];
}

/** Walks down `path` (its length is bounded by the depth limit), creating hashes and arrays as Rack does. */
function assign(root: Params, path: string[], value: string): void {
  let target = root;
  for (let index = 0; index < path.length; index++) {
    const head = path[index] as string;
    const next = path[index + 1];
    if (next === undefined) {
      const current = target[head];
      if (current !== undefined && typeof current !== 'string')
        throw omiseError('bad_request', messages.paramTypeConflict('String', rubyClass(current), head));
      target[head] = value;
      return;
    }
    if (next === '') {
      pushInto(arrayAt(target, head), path.slice(index + 2), value);
      return;
    }
    target = hashAt(target, head);
  }
}

function pushInto(list: unknown[], path: string[], value: string): void {
  const [key] = path;
  if (key === undefined) {
    list.push(value);
    return;
  }
  const last = list[list.length - 1];
  const reuse = isHash(last) && !Object.hasOwn(last, key);
  const hash = reuse ? last : emptyParams();
  if (!reuse) list.push(hash);
  assign(hash, path, value);
}

function arrayAt(target: Params, key: string): unknown[] {
  const current = target[key];
  if (current === undefined) {
    const list: unknown[] = [];
    target[key] = list;
    return list;
  }
  if (!Array.isArray(current))
    throw omiseError('bad_request', messages.paramTypeConflict('Array', rubyClass(current), key));
  return current;
}

function hashAt(target: Params, key: string): Params {
  const current = target[key];
  if (current === undefined) {
    const hash = emptyParams();
    target[key] = hash;
    return hash;
  }
  if (!isHash(current))
    throw omiseError('bad_request', messages.paramTypeConflict('Hash', rubyClass(current), key));
  return current;
}

function rubyClass(value: unknown): string {
  if (Array.isArray(value)) return 'Array';
  return typeof value === 'string' ? 'String' : 'Hash';
}

function isHash(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
