import type { ScenarioModel } from '../model.js';
import { formatDuration } from '../report/format-duration.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { ScenarioCommand } from './scenario-command.js';

export type AmbiguousOperation = 'create_charge' | 'create_source' | 'create_refund';

/** How the merchant's call goes unclear: its answer lost, late, or the operation held in flight. */
export type AmbiguousFailure = 500 | 502 | 503 | 'reset' | 'late' | 'held';

const CALLS: Record<AmbiguousOperation, string> = {
  create_charge: 'charge creation',
  create_source: 'source creation',
  create_refund: 'refund',
};

/**
 * The merchant's next call of one kind succeeds at Omise but the merchant cannot tell: the answer is lost
 * (a 5xx, a reset connection), comes `amount` ms after the merchant's timeout, or the operation lands
 * `amount` seconds later on the clock after the client was cut off. Omise has no idempotency key: a
 * merchant must look the call up before trying again.
 */
export class AmbiguousFaultCommand implements ScenarioCommand {
  constructor(
    readonly operation: AmbiguousOperation,
    readonly failure: AmbiguousFailure,
    /** held: seconds until it lands; late: ms past the merchant's timeout. */
    readonly amount = 1,
  ) {}

  check(model: Readonly<ScenarioModel>): boolean {
    if (this.failure === 'late') return model.abilities.apiTimeoutMs !== null;
    return this.operation !== 'create_refund' || model.abilities.refund;
  }

  async run(model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    await world.control.must('POST', '/_sim/api_faults', this.#rule(model));
    await world.afterStep(this.toString());
  }

  #rule(model: ScenarioModel): Record<string, unknown> {
    const { operation } = this;
    switch (this.failure) {
      case 'reset':
        return { mode: 'lost', operation };
      case 'late':
        return { mode: 'late', operation, delay_ms: (model.abilities.apiTimeoutMs ?? 0) + this.amount };
      case 'held':
        return { mode: 'held', operation, land_after_seconds: this.amount };
      default:
        return { mode: 'lost', operation, status: this.failure };
    }
  }

  toString(): string {
    const next = `the merchant's next ${CALLS[this.operation]}`;
    switch (this.failure) {
      case 'reset':
        return `${next} is made, but the connection resets before the answer`;
      case 'late':
        return `${next} is made, but answered ${this.amount} ms after the merchant's timeout`;
      case 'held':
        return `${next} is held in flight and lands ${formatDuration(this.amount)} later, after the merchant gave up`;
      default:
        return `${next} is made, but the answer is lost (${this.failure})`;
    }
  }

  toJSON() {
    return { kind: 'ambiguous_fault', operation: this.operation, failure: this.failure, amount: this.amount };
  }
}
