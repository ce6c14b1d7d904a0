import { readFileSync, statSync } from 'node:fs';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { countJsonValues } from '../http/limits/count-json-values.js';
import { parseJsonWithin } from '../http/limits/parse-json-within.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../http/limits/request-limits.js';
import { toPlainData } from '../http/plain-data.js';
import { utf8Text } from '../http/utf8-text.js';
import { SNAPSHOT_MAX_BYTES, SNAPSHOT_MAX_VALUES } from './snapshot-file.js';

/**
 * What a snapshot file may hold: far more than an API request (a whole account, webhook bodies in its log),
 * still bounded, and as plain data without prototypes like every other body.
 */
export const SNAPSHOT_LIMITS: RequestLimits = {
  ...DEFAULT_REQUEST_LIMITS,
  maxBodyBytes: SNAPSHOT_MAX_BYTES,
  maxParams: Number.MAX_SAFE_INTEGER,
  maxStringLength: SNAPSHOT_MAX_BYTES,
  maxDepth: 64,
};

/**
 * A snapshot file's text as plain data, held to the same limits whether it is uploaded (`PUT /_sim/snapshot`)
 * or loaded (`--load FILE`, `createSimulator({ load })`). Throws an Omise error saying which limit.
 */
export function parseSnapshotText(
  text: string,
  part = 'request body',
  notJson?: (why: string) => string,
): unknown {
  // Counted before parsing: 60 MB of `[{},{},...]` is 20 million objects, more than the heap holds once parsed.
  if (countJsonValues(text, SNAPSHOT_MAX_VALUES) > SNAPSHOT_MAX_VALUES)
    throw omiseError('request_entity_too_large', messages.snapshotTooManyValues(SNAPSHOT_MAX_VALUES));
  const parsed = parseJsonWithin(text, SNAPSHOT_LIMITS, notJson);
  return toPlainData(parsed, SNAPSHOT_LIMITS, part);
}

/** A snapshot file on disk, held to what an upload is held to (its size first, before it is read). */
export function readSnapshotJson(path: string): unknown {
  if (statSync(path).size > SNAPSHOT_MAX_BYTES)
    throw omiseError('request_entity_too_large', messages.snapshotFileTooLarge(SNAPSHOT_MAX_BYTES));
  // An upload says what any request body says; a file on disk also says where it stops being JSON.
  return parseSnapshotText(utf8Text(readFileSync(path), 'the file'), 'the file', (why) =>
    messages.notJson('the file', why),
  );
}
