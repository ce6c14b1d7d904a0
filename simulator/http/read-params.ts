import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { type Params, parseFormParams } from './form-params.js';

/**
 * All parameters of a request in one object: the query string, then the body on top of it, whatever the
 * method. omise-go and omise-python send list parameters as a JSON body on GET; others use the query.
 */
export function readParams(url: string, contentType: string | undefined, body: string): Params {
  const params = parseFormParams(new URL(url).search.slice(1));
  if (body.trim() === '') return params;
  return { ...params, ...parseBody(contentType ?? '', body) };
}

function parseBody(contentType: string, body: string): Params {
  if (!contentType.includes('json')) return parseFormParams(body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw omiseError('bad_request', messages.malformedJson);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw omiseError('bad_request', messages.malformedJson);
  }
  return parsed as Params;
}
