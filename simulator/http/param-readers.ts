import { MAX_DATE_MS } from '../clock/clock-range.js';
import type { ErrorCode } from '../errors/error-codes.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { isHttpUrl } from '../shared/is-http-url.js';
import type { Params } from './form-params.js';
import { DEFAULT_REQUEST_LIMITS } from './limits/request-limits.js';

// Typed readers over parsed parameters. Form bodies make every value a string; JSON bodies do not; both
// must give the same result. `null` (omise-python sends it for unset list parameters) counts as absent.

export function readString(params: Params, name: string, code: ErrorCode = 'bad_request'): string | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw omiseError(code, messages.invalidField(name));
}

export function readInteger(params: Params, name: string, code: ErrorCode = 'bad_request'): number | null {
  const value = params[name];
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number))
    throw omiseError(code, messages.notAnInteger(name));
  return number;
}

export function readBoolean(params: Params, name: string, code: ErrorCode = 'bad_request'): boolean | null {
  const value = params[name];
  if (value === undefined || value === null || value === '') return null;
  if (value === true || value === 'true' || value === '1' || value === 1) return true;
  if (value === false || value === 'false' || value === '0' || value === 0) return false;
  throw omiseError(code, messages.invalidField(name));
}

/** ISO 8601 (`2024-01-15T15:00:00Z`) or unix seconds, within JavaScript's date range (else it is invalid). */
export function readTimestamp(params: Params, name: string, code: ErrorCode = 'bad_request'): number | null {
  const value = params[name];
  if (value === undefined || value === null || value === '') return null;
  const ms = timestampMs(value);
  if (Number.isNaN(ms) || Math.abs(ms) > MAX_DATE_MS) throw omiseError(code, messages.invalidField(name));
  return ms;
}

function timestampMs(value: unknown): number {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))
    return Number(value) * 1000;
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d/.test(value) || !isCalendarDate(value))
    return Number.NaN;
  return Date.parse(value);
}

/**
 * Whether the date an ISO 8601 text starts with exists: JavaScript takes 2024-02-30 as 1 March, where Ruby's
 * `Time.iso8601` (Omise is a Rails app) raises "argument out of range". Read from the text, so that an offset
 * that moves the instant to another UTC day changes nothing.
 */
function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

/** A hash, at most `maxBytes` as JSON (its depth is already bounded by the request parser). */
export function readMetadata(
  params: Params,
  code: ErrorCode,
  maxBytes = DEFAULT_REQUEST_LIMITS.maxMetadataBytes,
): Record<string, unknown> | null {
  const value = params.metadata;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw omiseError(code, messages.metadataNotHash);
  if (Buffer.byteLength(JSON.stringify(value)) > maxBytes)
    throw omiseError(code, messages.metadataTooLarge(maxBytes));
  return value as Record<string, unknown>;
}

export function readHttpUrl(params: Params, name: string, code: ErrorCode, message: string): string | null {
  const value = readString(params, name, code);
  if (value === null) return null;
  if (!isHttpUrl(value)) throw omiseError(code, message);
  return value;
}

/** `webhook_endpoints[]=...` or a JSON array of at most `max` URLs. */
export function readUrlList(
  params: Params,
  name: string,
  code: ErrorCode,
  max = DEFAULT_REQUEST_LIMITS.maxWebhookEndpoints,
): string[] | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  if (list.length > max) throw omiseError(code, messages.tooManyWebhookEndpoints(max));
  if (!list.every((item) => typeof item === 'string' && isHttpUrl(item))) {
    throw omiseError(code, messages.invalidField(name));
  }
  return list as string[];
}

export function readObject(params: Params, name: string): Params | null {
  const value = params[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Params) : null;
}
