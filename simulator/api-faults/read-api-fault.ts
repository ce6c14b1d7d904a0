import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { Params } from '../http/form-params.js';
import { readInteger, readString } from '../http/param-readers.js';
import type { ApiFaultRule } from './api-faults.js';

const STATUSES = [429, 500, 503] as const;
const MAX_DELAY_MS = 30_000;

/** `POST /_sim/api_faults`: `status` (429, 500, 503) and/or `delay_ms`, `count` (default 1), `method`, `path`. */
export function readApiFault(params: Params): Omit<ApiFaultRule, 'id'> {
  const status = readInteger(params, 'status');
  const delayMs = readInteger(params, 'delay_ms') ?? 0;
  const count = readInteger(params, 'count') ?? 1;
  if (status !== null && !STATUSES.includes(status as 429))
    throw omiseError('bad_request', messages.apiFaultStatus);
  if (delayMs < 0 || delayMs > MAX_DELAY_MS)
    throw omiseError('bad_request', messages.apiFaultDelay(MAX_DELAY_MS));
  if (status === null && delayMs === 0) throw omiseError('bad_request', messages.apiFaultEmpty);
  if (count < 1) throw omiseError('bad_request', messages.invalidField('count'));
  const method = readString(params, 'method');
  return {
    status: status as ApiFaultRule['status'],
    delayMs,
    method: method === null ? null : method.toUpperCase(),
    path: readString(params, 'path'),
    remaining: count,
  };
}
