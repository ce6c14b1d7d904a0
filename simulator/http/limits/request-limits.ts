/**
 * What one request may carry. Where Omise (a Rails app behind Rack) has a documented or default limit the
 * value follows it; the rest are assumed, sized far above what a merchant sends (FIDELITY.md, "Limits").
 */
export interface RequestLimits {
  /** Request body, in bytes: larger bodies are refused with a 413 before they are read. */
  readonly maxBodyBytes: number;
  /** Parameters in one query string or body (Rack 3.1's `params_limit`: 4096). */
  readonly maxParams: number;
  /** Nesting of brackets or JSON objects and arrays (Rack 3's `param_depth_limit`: 32). */
  readonly maxDepth: number;
  /** Characters in one parameter name, brackets included. */
  readonly maxKeyLength: number;
  /** Characters in one string value (a description, a URL, a metadata value). */
  readonly maxStringLength: number;
  /** `metadata`, serialised as JSON, in bytes. */
  readonly maxMetadataBytes: number;
  /** URLs in one charge's `webhook_endpoints`. */
  readonly maxWebhookEndpoints: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxBodyBytes: 1024 * 1024,
  maxParams: 4096,
  maxDepth: 32,
  maxKeyLength: 1024,
  maxStringLength: 10_000,
  maxMetadataBytes: 64 * 1024,
  maxWebhookEndpoints: 20,
};

/**
 * The deepest nesting a limit may allow. Kept data is written back as JSON and copied by recursive code: on
 * Node 20's default stack, `structuredClone` fails near 2,000 levels and `JSON.stringify` near 5,000. A
 * snapshot nests what requests made 32 levels deeper still (`snapshotLimits` in parse-snapshot-text.ts).
 */
export const MAX_DEPTH_CEILING = 1000;

/** Why `value` cannot be the limit `name` (`must be ...`), or undefined when it can. */
export function limitProblem(name: keyof RequestLimits, value: number): string | undefined {
  if (!Number.isSafeInteger(value) || value < 1) return 'must be a whole number of 1 or more';
  if (name === 'maxDepth' && value > MAX_DEPTH_CEILING) return `must be at most ${MAX_DEPTH_CEILING}`;
  return undefined;
}

/** The defaults with any given value on top; each value checked by `limitProblem`. */
export function resolveRequestLimits(given: Partial<RequestLimits> = {}): RequestLimits {
  const limits = { ...DEFAULT_REQUEST_LIMITS };
  for (const name of Object.keys(DEFAULT_REQUEST_LIMITS) as (keyof RequestLimits)[]) {
    const value = given[name];
    if (value === undefined) continue;
    const problem = limitProblem(name, value);
    if (problem) throw new RangeError(`limits.${name} ${problem}, not ${value}`);
    limits[name] = value;
  }
  return limits;
}
