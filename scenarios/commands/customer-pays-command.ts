import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/** The customer pays (scans the QR, enters the OTP): Omise's test-mode mark_as_paid. */
export class CustomerPaysCommand extends OrderCommand {
  #refusal = '';

  protected async act(_order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    this.#refusal = await world.provider(`/charges/${chargeId}/mark_as_paid`);
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `the customer pays ${this.target}${this.#refusal && ` (too late: ${this.#refusal})`}`;
  }

  toJSON() {
    return { kind: 'customer_pays', pick: this.pick };
  }
}
