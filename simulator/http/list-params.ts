import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { ListQuery } from '../store/paginate.js';
import type { Params } from './form-params.js';
import { readInteger, readString, readTimestamp } from './param-readers.js';

const MAX_LIMIT = 100;

/** `limit` (default 20, at most 100), `offset`, `order`, `from`, `to` (default epoch..now). */
export function readListQuery(params: Params, now: number): ListQuery {
  const limit = readInteger(params, 'limit') ?? 20;
  const offset = readInteger(params, 'offset') ?? 0;
  if (limit < 0) throw omiseError('bad_request', messages.invalidField('limit'));
  if (offset < 0) throw omiseError('bad_request', messages.invalidField('offset'));
  const order = readString(params, 'order') ?? 'chronological';
  if (order !== 'chronological' && order !== 'reverse_chronological') {
    throw omiseError('bad_request', messages.invalidField('order'));
  }
  const from = readTimestamp(params, 'from') ?? 0;
  const to = readTimestamp(params, 'to') ?? now;
  return { limit: Math.min(limit, MAX_LIMIT), offset, order, from, to };
}
