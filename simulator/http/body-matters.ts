import { parseAuthorization } from './parse-key.js';

const SNAPSHOT_PATH = '/_sim/snapshot';

/** The customer's pages and the dashboard take form posts from a browser, without a key. */
const KEYLESS_FORMS = /^\/(wallet|payments|_sim\/ui)\//;

/**
 * Whether the request body can matter to the answer. Every route that reads a body needs a test key, except
 * the customer's pages; without one the answer is a 401 (or a 404) whatever the body says, so the body is
 * never read: checking the key is cheaper than reading an upload.
 */
export function bodyMatters(path: string, authorization: string | undefined): boolean {
  if (KEYLESS_FORMS.test(path)) return true;
  // A snapshot file is read by its own route, after the key, within its own size limit.
  if (path === SNAPSHOT_PATH) return false;
  return 'kind' in parseAuthorization(authorization);
}
