import type { ErrorCode } from '../errors/error-codes.js';
import { type ApiOperation, matchesOperation } from './api-operations.js';

/**
 * What an injected fault does to the request it hits:
 * - `instead`: answers `status` (and/or late) instead of the operation, changing nothing;
 * - `lost`: applies the operation, then loses the answer: `status` (500, 502, 503) or, without one, a reset
 *   connection;
 * - `late`: applies the operation at once and answers `delayMs` later (after a client's timeout, say);
 * - `held`: cuts the client off now (`status`, or a reset) and applies the operation `landAfterSeconds`
 *   later on the account clock: it lands after the client gave up.
 */
export type ApiFaultMode = 'instead' | 'lost' | 'late' | 'held';

export type ApiFaultStatus = 429 | 500 | 502 | 503;

/** One injected API fault: the next `remaining` matching requests of the account meet it. */
export interface ApiFaultRule {
  readonly id: number;
  readonly mode: ApiFaultMode;
  readonly status: ApiFaultStatus | null;
  readonly delayMs: number;
  readonly method: string | null;
  /** A path prefix such as `/charges`; null matches every API path. */
  readonly path: string | null;
  /** One named operation (e.g. `create_refund`, whatever the charge); null matches every operation. */
  readonly operation: ApiOperation | null;
  /** For `held`: seconds on the account clock until the operation lands. */
  readonly landAfterSeconds: number;
  remaining: number;
}

export interface ApiFaultHit {
  readonly ruleId: number;
  readonly mode: ApiFaultMode;
  readonly delayMs: number;
  readonly error: ErrorCode | null;
  readonly landAfterSeconds: number;
}

export type NewApiFaultRule = Omit<ApiFaultRule, 'id' | 'mode' | 'operation' | 'landAfterSeconds'> &
  Partial<Pick<ApiFaultRule, 'mode' | 'operation' | 'landAfterSeconds'>>;

const ERROR_BY_STATUS = {
  429: 'too_many_requests',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
} as const;

/** An account's API faults, used up in the order they were added. */
export class ApiFaults {
  #rules: ApiFaultRule[] = [];
  #nextId = 1;

  add(rule: NewApiFaultRule): ApiFaultRule {
    const added: ApiFaultRule = {
      mode: 'instead',
      operation: null,
      landAfterSeconds: 0,
      ...rule,
      id: this.#nextId++,
    };
    this.#rules.push(added);
    return added;
  }

  list(): readonly ApiFaultRule[] {
    return this.#rules;
  }

  clear(): void {
    this.#rules = [];
  }

  /** Uses up the first rule matching this request, if any. */
  take(method: string, path: string): ApiFaultHit | null {
    const rule = this.#rules.find(
      (r) =>
        (r.method === null || r.method === method) &&
        (r.path === null || path.startsWith(r.path)) &&
        (r.operation === null || matchesOperation(r.operation, method, path)),
    );
    if (!rule) return null;
    rule.remaining--;
    if (rule.remaining <= 0) this.#rules = this.#rules.filter((r) => r !== rule);
    return {
      ruleId: rule.id,
      mode: rule.mode,
      delayMs: rule.delayMs,
      error: rule.status === null ? null : ERROR_BY_STATUS[rule.status],
      landAfterSeconds: rule.landAfterSeconds,
    };
  }
}
