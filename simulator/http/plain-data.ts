import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { Params } from './form-params.js';
import type { RequestLimits } from './limits/request-limits.js';
import { checkWellFormed } from './utf8-text.js';

/** A hash with no prototype: `__proto__`, `constructor` or `toString` are keys like any other. */
export function emptyParams(): Params {
  return Object.create(null) as Params;
}

/**
 * A parsed JSON body as plain data within the request limits: every object rebuilt without a prototype
 * (so a `__proto__` key stays data wherever it is later copied or merged), nesting, parameter count, key
 * and string lengths checked, and no string with a lone surrogate (`"\ud800"` is JSON, but not UTF-8).
 * The walk stops at the depth limit, so it never recurses deeper than that.
 */
export function toPlainData(value: unknown, limits: RequestLimits, part = 'request body'): unknown {
  const budget = { params: 0, part };
  return copy(value, 1, limits, budget);
}

type Budget = { params: number; readonly part: string };

function copy(value: unknown, depth: number, limits: RequestLimits, budget: Budget): unknown {
  if (typeof value === 'string') {
    if (value.length > limits.maxStringLength)
      throw omiseError('bad_request', messages.stringTooLong(limits.maxStringLength));
    return checkWellFormed(value, budget.part);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth > limits.maxDepth) throw omiseError('bad_request', messages.paramsTooDeep(limits.maxDepth));
  if (Array.isArray(value))
    return value.map((item) => copy(count(item, limits, budget), depth + 1, limits, budget));
  const hash = emptyParams();
  for (const [key, item] of Object.entries(value)) {
    if (key.length > limits.maxKeyLength)
      throw omiseError('bad_request', messages.keyTooLong(limits.maxKeyLength));
    hash[checkWellFormed(key, budget.part)] = copy(count(item, limits, budget), depth + 1, limits, budget);
  }
  return hash;
}

function count<T>(item: T, limits: RequestLimits, budget: Budget): T {
  if (++budget.params > limits.maxParams)
    throw omiseError('bad_request', messages.tooManyParams(limits.maxParams));
  return item;
}
