import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { Params } from '../http/form-params.js';
import { readInteger, readString } from '../http/param-readers.js';
import type { ApiFaultMode, ApiFaultStatus, NewApiFaultRule } from './api-faults.js';
import { isApiOperation } from './api-operations.js';

const MODES: readonly ApiFaultMode[] = ['instead', 'lost', 'late', 'held'];
// 502 is what a proxy in front of the API answers when the API's own answer is lost.
const STATUSES: Record<ApiFaultMode, readonly number[]> = {
  instead: [429, 500, 503],
  lost: [500, 502, 503],
  late: [],
  held: [500, 502, 503],
};
const MAX_DELAY_MS = 30_000;
const MAX_LAND_SECONDS = 30 * 86400;
/**
 * Faults waiting at once on one account. Each API call looks through them, and each may hold a long path;
 * far above what a scenario run leaves waiting (one fault a step at most, 30 steps by default).
 */
export const MAX_API_FAULT_RULES = 1000;
// An HTTP method is a token (RFC 9110); anything else could never match a request.
const HTTP_METHOD = /^[A-Za-z]{1,16}$/;

/**
 * `POST /_sim/api_faults`: `mode` (instead, lost, late, held; default instead), `status`, `delay_ms`,
 * `land_after_seconds` (held), `count` (default 1), and what it hits: `method`, `path`, `operation`.
 */
export function readApiFault(params: Params): NewApiFaultRule {
  const mode = (readString(params, 'mode') ?? 'instead') as ApiFaultMode;
  if (!MODES.includes(mode)) throw omiseError('bad_request', messages.apiFaultMode);
  const status = readInteger(params, 'status');
  const delayMs = readInteger(params, 'delay_ms') ?? 0;
  const count = readInteger(params, 'count') ?? 1;
  const land = readInteger(params, 'land_after_seconds');
  if (status !== null && !STATUSES[mode].includes(status))
    throw omiseError('bad_request', messages.apiFaultStatus);
  if (delayMs < 0 || delayMs > MAX_DELAY_MS)
    throw omiseError('bad_request', messages.apiFaultDelay(MAX_DELAY_MS));
  checkModeFields(mode, { status, delayMs, land });
  if (count < 1) throw omiseError('bad_request', messages.invalidField('count'));
  const method = readString(params, 'method');
  if (method !== null && !HTTP_METHOD.test(method))
    throw omiseError('bad_request', messages.invalidField('method'));
  const operation = readString(params, 'operation');
  if (operation !== null && !isApiOperation(operation))
    throw omiseError('bad_request', messages.apiFaultOperation);
  return {
    mode,
    status: status as ApiFaultStatus | null,
    delayMs,
    landAfterSeconds: land ?? (mode === 'held' ? 60 : 0),
    method: method === null ? null : method.toUpperCase(),
    path: readString(params, 'path'),
    operation,
    remaining: count,
  };
}

function checkModeFields(
  mode: ApiFaultMode,
  fields: { status: number | null; delayMs: number; land: number | null },
): void {
  if (mode === 'instead' && fields.status === null && fields.delayMs === 0)
    throw omiseError('bad_request', messages.apiFaultEmpty);
  if (mode === 'late' && fields.delayMs === 0) throw omiseError('bad_request', messages.apiFaultLate);
  if (mode !== 'held' && fields.land !== null)
    throw omiseError('bad_request', messages.apiFaultModeFields(mode, 'land_after_seconds'));
  if (mode === 'held' && fields.land !== null && (fields.land < 1 || fields.land > MAX_LAND_SECONDS))
    throw omiseError('bad_request', messages.apiFaultLand(MAX_LAND_SECONDS));
  if ((mode === 'lost' || mode === 'held') && fields.delayMs > 0)
    throw omiseError('bad_request', messages.apiFaultModeFields(mode, 'delay_ms'));
}
