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
 * How much deeper a snapshot nests what requests made: the file, its accounts, a store, a table, a record, an
 * event's data, a delivery's body and its payload put a charge's metadata about 10 levels down; the rest is
 * margin.
 */
const SNAPSHOT_OWN_DEPTH = 32;

/**
 * What a snapshot file may hold: far more than an API request (a whole account, webhook bodies in its log),
 * still bounded, and as plain data without prototypes like every other body. Its nesting follows the request
 * limit: whatever requests could make, a snapshot of it can hold (64 levels for the default 32).
 */
export function snapshotLimits(requestDepth = DEFAULT_REQUEST_LIMITS.maxDepth): RequestLimits {
  return {
    ...DEFAULT_REQUEST_LIMITS,
    maxBodyBytes: SNAPSHOT_MAX_BYTES,
    maxParams: Number.MAX_SAFE_INTEGER,
    maxStringLength: SNAPSHOT_MAX_BYTES,
    maxDepth: requestDepth + SNAPSHOT_OWN_DEPTH,
  };
}

/** The limits of a snapshot made under the default request limits. */
export const SNAPSHOT_LIMITS: RequestLimits = snapshotLimits();

/**
 * A snapshot file's text as plain data, held to the same limits whether it is uploaded (`PUT /_sim/snapshot`)
 * or loaded (`--load FILE`, `createSimulator({ load })`). Throws an Omise error saying which limit.
 */
export function parseSnapshotText(
  text: string,
  {
    part = 'request body',
    notJson,
    limits = SNAPSHOT_LIMITS,
  }: {
    /** What the text is, in messages. */
    readonly part?: string;
    /** How a parse failure reads (a file on disk says where it breaks). */
    readonly notJson?: (why: string) => string;
    readonly limits?: RequestLimits;
  } = {},
): unknown {
  // Counted before parsing: 60 MB of `[{},{},...]` is 20 million objects, more than the heap holds once parsed.
  if (countJsonValues(text, SNAPSHOT_MAX_VALUES) > SNAPSHOT_MAX_VALUES)
    throw omiseError('request_entity_too_large', messages.snapshotTooManyValues(SNAPSHOT_MAX_VALUES));
  const parsed = parseJsonWithin(text, limits, notJson);
  return toPlainData(parsed, limits, part);
}

/** A snapshot file on disk, held to what an upload is held to (its size first, before it is read). */
export function readSnapshotJson(path: string, limits = SNAPSHOT_LIMITS): unknown {
  if (statSync(path).size > SNAPSHOT_MAX_BYTES)
    throw omiseError('request_entity_too_large', messages.snapshotFileTooLarge(SNAPSHOT_MAX_BYTES));
  // An upload says what any request body says; a file on disk also says where it stops being JSON.
  const notJson = (why: string) => messages.notJson('the file', why);
  return parseSnapshotText(utf8Text(readFileSync(path), 'the file'), { part: 'the file', notJson, limits });
}
