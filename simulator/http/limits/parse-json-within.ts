import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { jsonNestingDepth } from './json-nesting-depth.js';
import type { RequestLimits } from './request-limits.js';

/**
 * `JSON.parse`, and when the text is no JSON, why: nested past the depth limit (100,000 `[`, never closed,
 * is that before it is unfinished), else not valid JSON. V8 parses deep JSON without recursing; what is built
 * from it is then held to the depth limit by `toPlainData`, so the count runs only for text that failed.
 */
export function parseJsonWithin(
  text: string,
  limits: Pick<RequestLimits, 'maxDepth'>,
  notJson: (why: string) => string = () => messages.malformedJson,
): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (jsonNestingDepth(text, limits.maxDepth) > limits.maxDepth)
      throw omiseError('bad_request', messages.paramsTooDeep(limits.maxDepth));
    throw omiseError('bad_request', notJson((error as Error).message));
  }
}
