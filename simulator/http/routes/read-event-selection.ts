import { readEventKeys } from '../../webhooks/read-fields.js';
import type { EventSelection } from '../../webhooks/replay/select-events.js';
import type { Params } from '../form-params.js';
import { readBoolean, readTimestamp } from '../param-readers.js';

/** `from`, `to` (ISO 8601 or unix seconds), `keys`, `only_failed`: which events to export or replay. */
export function readEventSelection(params: Params): EventSelection {
  return {
    from: readTimestamp(params, 'from'),
    to: readTimestamp(params, 'to'),
    keys: readEventKeys(params, 'keys'),
    onlyFailed: readBoolean(params, 'only_failed') ?? false,
  };
}
