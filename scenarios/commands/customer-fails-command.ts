import { findChargeMethod } from '../../simulator/domain/methods/index.js';
import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/** The payment fails with one of the method's own failure codes: Omise's test-mode mark_as_failed. */
export class CustomerFailsCommand extends OrderCommand {
  #code = '';
  #refusal = '';

  constructor(
    pick: number,
    readonly codePick: number,
  ) {
    super(pick);
  }

  protected async act(order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    const codes = findChargeMethod(order.method)?.failureCodes ?? ['payment_rejected'];
    this.#code = codes[this.codePick % codes.length] ?? 'payment_rejected';
    this.#refusal = await world.provider(`/charges/${chargeId}/mark_as_failed`, { failure_code: this.#code });
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `the payment of ${this.target} fails with ${this.#code || 'a failure code'}${this.#refusal && ` (refused: ${this.#refusal})`}`;
  }

  toJSON() {
    return { kind: 'customer_fails', pick: this.pick, codePick: this.codePick };
  }
}
