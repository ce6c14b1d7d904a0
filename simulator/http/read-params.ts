import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { type Params, parseFormParams } from './form-params.js';
import { jsonNestingDepth } from './limits/json-nesting-depth.js';
import { parseJsonWithin } from './limits/parse-json-within.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './limits/request-limits.js';
import { emptyParams, toPlainData } from './plain-data.js';

/**
 * All parameters of a request in one object: the query string, then the body on top of it, whatever the
 * method. omise-go and omise-python send list parameters as a JSON body on GET; others use the query.
 * Either way the result is plain data without prototypes, within the request limits.
 */
export function readParams(
  query: string,
  contentType: string | undefined,
  body: string,
  limits: RequestLimits = DEFAULT_REQUEST_LIMITS,
): Params {
  const params = parseFormParams(query, limits, 'query string');
  if (body.trim() === '') return params;
  const fromBody = parseBody(contentType ?? '', body, limits);
  // No query (most writes): the body's own parameters, a new object already.
  if (query === '') return fromBody;
  return Object.assign(emptyParams(), params, fromBody);
}

function parseBody(contentType: string, body: string, limits: RequestLimits): Params {
  if (!contentType.includes('json')) return parseFormParams(body, limits);
  const parsed = parseJsonWithin(body, limits);
  // omise-node posts the body `null` when a call has no data (`charges.capture(id, callback)`: JSON.stringify
  // of null); Rails reads a JSON null as no parameters, and the SDK's live capture test expects a capture.
  if (parsed === null) return emptyParams();
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    // A top-level array nested too deeply says so, as one that never closes does.
    if (Array.isArray(parsed) && jsonNestingDepth(body, limits.maxDepth) > limits.maxDepth)
      throw omiseError('bad_request', messages.paramsTooDeep(limits.maxDepth));
    throw omiseError('bad_request', messages.malformedJson);
  }
  return toPlainData(parsed, limits) as Params;
}
