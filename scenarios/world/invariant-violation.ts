/** A broken invariant: which rule, which order, what is wrong, and after which step. */
export class InvariantViolation extends Error {
  constructor(
    readonly invariant: string,
    readonly orderId: string | null,
    readonly problem: string,
    readonly step: string,
  ) {
    super(`${invariant}${orderId ? ` (${orderId})` : ''}: ${problem}, after "${step}"`);
    this.name = 'InvariantViolation';
  }
}
