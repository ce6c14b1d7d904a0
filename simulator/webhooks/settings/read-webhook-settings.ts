import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { Params } from '../../http/form-params.js';
import { readEventKeys, readHttpUrlField, readList, readNumber, rejectUnknown } from '../read-fields.js';
import { isWebhookSecret } from '../signature/webhook-secret.js';
import type { DeliveryOrdering, WebhookEndpoint, WebhookSettings } from './webhook-settings.js';

const FIELDS = [
  'url',
  'keys',
  'endpoints',
  'secret',
  'previous_secret',
  'retry_schedule',
  'timeout_seconds',
  'ordering',
];
const ORDERINGS: readonly DeliveryOrdering[] = ['per_charge', 'none'];
const MAX_ENDPOINTS = 20;
// Assumed, because Omise's schedule is not configurable: enough for any realistic schedule, and small
// enough that every retry of a clock inside its range still lands on a representable date.
const MAX_RETRIES = 100;
const MAX_RETRY_SECONDS = 30 * 86400;

/**
 * The settings a `/_sim/webhooks` body asks for, on top of `base`: PUT passes the defaults (every field not
 * given goes back to its default), PATCH the current settings. `url` (+ `keys`) is shorthand for one endpoint.
 */
export function readWebhookSettings(params: Params, base: WebhookSettings): WebhookSettings {
  rejectUnknown(params, FIELDS);
  if (params.url !== undefined && params.endpoints !== undefined)
    throw omiseError('bad_request', messages.urlAndEndpoints);
  return {
    endpoints: readEndpoints(params) ?? base.endpoints,
    secret: readWebhookSecret(params, 'secret') ?? base.secret,
    previousSecret:
      params.previous_secret === null
        ? null
        : (readWebhookSecret(params, 'previous_secret') ?? base.previousSecret),
    retrySchedule: readRetrySchedule(params) ?? base.retrySchedule,
    timeoutMs: withDefault(readNumber(params, 'timeout_seconds', 0.001, 60), (s) => s * 1000, base.timeoutMs),
    ordering: readOrdering(params) ?? base.ordering,
  };
}

function readEndpoints(params: Params): WebhookEndpoint[] | null {
  const url = readHttpUrlField(params, 'url');
  if (url !== null) return [{ url, keys: readEventKeys(params, 'keys'), secret: null }];
  const list = readList(params, 'endpoints');
  if (list === null) return null;
  if (list.length > MAX_ENDPOINTS)
    throw omiseError('bad_request', messages.numberOutOfRange('endpoints', 0, MAX_ENDPOINTS));
  return list.map((item, index) => readEndpoint(item, `endpoints[${index}].`));
}

function readEndpoint(item: unknown, prefix: string): WebhookEndpoint {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw omiseError('bad_request', messages.webhookUrlInvalid(`${prefix}url`));
  }
  const params = item as Params;
  rejectUnknown(params, ['url', 'keys', 'secret'], prefix);
  const url = readHttpUrlField(params, 'url', `${prefix}url`);
  if (url === null) throw omiseError('bad_request', messages.cannotBeBlank(`${prefix}url`));
  return {
    url,
    keys: readEventKeys(params, 'keys', `${prefix}keys`),
    secret: readWebhookSecret(params, 'secret', `${prefix}secret`),
  };
}

/** A base64 secret field, or null when not given. */
export function readWebhookSecret(params: Params, name: string, label = name): string | null {
  const value = params[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isWebhookSecret(value))
    throw omiseError('bad_request', messages.webhookSecretInvalid(label));
  return value;
}

function readRetrySchedule(params: Params): number[] | null {
  const list = readList(params, 'retry_schedule');
  if (list === null) return null;
  const seconds = list.map((item) => (typeof item === 'string' && item.trim() !== '' ? Number(item) : item));
  const valid =
    seconds.length <= MAX_RETRIES &&
    seconds.every((s) => typeof s === 'number' && Number.isFinite(s) && s >= 0 && s <= MAX_RETRY_SECONDS);
  if (!valid) throw omiseError('bad_request', messages.retryScheduleInvalid(MAX_RETRIES, MAX_RETRY_SECONDS));
  return seconds as number[];
}

function readOrdering(params: Params): DeliveryOrdering | null {
  const value = params.ordering;
  if (value === undefined || value === null) return null;
  if (!ORDERINGS.includes(value as DeliveryOrdering))
    throw omiseError('bad_request', messages.oneOf('ordering', ORDERINGS));
  return value as DeliveryOrdering;
}

function withDefault<T, U>(value: T | null, map: (value: T) => U, fallback: U): U {
  return value === null ? fallback : map(value);
}
