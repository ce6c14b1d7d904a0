/** Where and how a rule broke, for the report: the step, and the order and charge side by side. */
export interface ViolationContext {
  /** "after step 3", or "at the final drain (the clock moved 2 h)". */
  readonly when: string;
  /** The order and its charge side by side, and the charge's webhook deliveries. */
  readonly details: readonly string[];
}

/** A broken invariant: which rule, which order, what is wrong, and after which step. */
export class InvariantViolation extends Error {
  constructor(
    readonly invariant: string,
    readonly orderId: string | null,
    readonly problem: string,
    readonly step: string,
    readonly context?: ViolationContext,
  ) {
    super(`${invariant}${orderId ? ` (${orderId})` : ''}: ${problem}, after "${step}"`);
    this.name = 'InvariantViolation';
  }
}
