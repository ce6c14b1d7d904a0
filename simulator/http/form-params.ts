import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';

export type Params = Record<string, unknown>;

/**
 * Parses `application/x-www-form-urlencoded` with bracket nesting the way Rack (Omise's API is a Rails app)
 * does: `source[type]=x` and `metadata[0]=y` make hashes, only `[]` makes arrays (`webhook_endpoints[]=u`),
 * and `items[][name]=a&items[][name]=b` starts a new hash when a key repeats.
 */
export function parseFormParams(body: string): Params {
  const params: Params = {};
  for (const [name, value] of new URLSearchParams(body)) assign(params, keyPath(name), value);
  return params;
}

function keyPath(name: string): string[] {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return [name];
  return [name.slice(0, open), ...name.slice(open + 1, -1).split('][')];
}

function assign(target: Params, path: string[], value: string): void {
  const [head, next, ...rest] = path;
  if (head === undefined) return;
  if (next === undefined) {
    refuseMixedShapes(head, own(target, head), 'String');
    target[head] = value;
  } else if (next === '') {
    refuseMixedShapes(head, own(target, head), 'Array');
    const list = Array.isArray(target[head]) ? (target[head] as unknown[]) : [];
    target[head] = list;
    pushInto(list, rest, value);
  } else {
    refuseMixedShapes(head, own(target, head), 'Hash');
    const child = isHash(target[head]) ? (target[head] as Params) : {};
    target[head] = child;
    assign(child, [next, ...rest], value);
  }
}

/**
 * One key sent as two shapes (`source=src_...&source[type]=...`). Rack raises ParameterTypeError
 * ("expected Hash (got String) for param `source'") when the string comes first; the other order it would
 * overwrite silently, which the simulator refuses too (assumed, because the request is ambiguous either way).
 * A repeated plain key is not a conflict: the last value wins, as in Rack.
 */
function refuseMixedShapes(key: string, current: unknown, expected: 'String' | 'Array' | 'Hash'): void {
  if (current === undefined) return;
  const got = typeof current === 'string' ? 'String' : Array.isArray(current) ? 'Array' : 'Hash';
  if (got === expected) return;
  throw omiseError('bad_request', messages.paramTypeConflict(expected, got, key));
}

function pushInto(list: unknown[], path: string[], value: string): void {
  const [key] = path;
  if (key === undefined) {
    list.push(value);
    return;
  }
  const last = list[list.length - 1];
  const reuse = isHash(last) && !(key in last);
  const hash = reuse ? (last as Params) : {};
  if (!reuse) list.push(hash);
  assign(hash, path, value);
}

/** A key's value only if the params themselves hold it (`valueOf` is a metadata key, not a prototype method). */
function own(target: Params, key: string): unknown {
  return Object.hasOwn(target, key) ? target[key] : undefined;
}

function isHash(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
