import type { ErrorCode } from '../errors/error-codes.js';

/**
 * One injected API fault: the next `remaining` matching requests of the account answer `status` without
 * doing anything, or are answered `delayMs` late (or both). For testing a merchant's retries and timeouts.
 */
export interface ApiFaultRule {
  readonly id: number;
  readonly status: 429 | 500 | 503 | null;
  readonly delayMs: number;
  readonly method: string | null;
  /** A path prefix such as `/charges`; null matches every API path. */
  readonly path: string | null;
  remaining: number;
}

export interface ApiFaultHit {
  readonly delayMs: number;
  readonly error: ErrorCode | null;
}

const ERROR_BY_STATUS = {
  429: 'too_many_requests',
  500: 'internal_error',
  503: 'service_unavailable',
} as const;

/** An account's API faults, used up in the order they were added. */
export class ApiFaults {
  #rules: ApiFaultRule[] = [];
  #nextId = 1;

  add(rule: Omit<ApiFaultRule, 'id'>): ApiFaultRule {
    const added = { ...rule, id: this.#nextId++ };
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
      (r) => (r.method === null || r.method === method) && (r.path === null || path.startsWith(r.path)),
    );
    if (!rule) return null;
    rule.remaining--;
    if (rule.remaining <= 0) this.#rules = this.#rules.filter((r) => r !== rule);
    return { delayMs: rule.delayMs, error: rule.status === null ? null : ERROR_BY_STATUS[rule.status] };
  }
}
