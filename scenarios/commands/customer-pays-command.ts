import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/**
 * The customer pays (scans the QR, enters the OTP, or their wallet accepts a charge made with their payment
 * code): Omise's test-mode mark_as_paid.
 */
export class CustomerPaysCommand extends OrderCommand {
  #refusal = '';
  #paid = 1;

  protected async act(order: ModelOrder, world: ScenarioWorld): Promise<void> {
    ({ paid: this.#paid, refusal: this.#refusal } = await world.money.customerPays(order.orderId));
    await world.afterStep(this.toString());
  }

  toString(): string {
    const wallet =
      this.#paid > 1 ? ` (their wallet pays all ${this.#paid} charges made with their code)` : '';
    return `the customer pays ${this.target}${wallet}${this.#refusal && ` (too late: ${this.#refusal})`}`;
  }

  toJSON() {
    return { kind: 'customer_pays', pick: this.pick };
  }
}
