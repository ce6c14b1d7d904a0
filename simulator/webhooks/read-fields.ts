import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { Params } from '../http/form-params.js';
import { isHttpUrl } from '../shared/is-http-url.js';

// Readers for the /_sim webhook and fault bodies: JSON or form-encoded (`keys[]=a`, `rules[0][fault]=x`)
// give the same result. Every mistake is a 400 bad_request that names the field.

const EVENT_KEY = /^[a-z_]+(\.[a-z_]+)+$/;

export function rejectUnknown(params: Params, known: readonly string[], prefix = ''): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) throw omiseError('bad_request', messages.unknownParameter(`${prefix}${name}`));
  }
}

export function readList(params: Params, name: string): unknown[] | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value : [value];
}

export function readEventKeys(params: Params, name: string, label = name): string[] | null {
  const list = readList(params, name);
  if (list === null) return null;
  if (!list.every((key) => typeof key === 'string' && EVENT_KEY.test(key))) {
    throw omiseError('bad_request', messages.eventKeysInvalid(label));
  }
  return list as string[];
}

export function readNumber(
  params: Params,
  name: string,
  min: number,
  max: number,
  label = name,
): number | null {
  const value = params[name];
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < min || number > max) {
    throw omiseError('bad_request', messages.numberOutOfRange(label, min, max));
  }
  return number;
}

export function readHttpUrlField(params: Params, name: string, label = name): string | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isHttpUrl(value))
    throw omiseError('bad_request', messages.webhookUrlInvalid(label));
  return value;
}
