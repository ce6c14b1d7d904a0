import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/** The merchant cancels a waiting charge (POST /charges/:id/expire), e.g. the customer chose to pay in cash. */
export class MerchantExpiresCommand extends OrderCommand {
  #refusal = '';

  protected async act(_order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    this.#refusal = await world.provider(`/charges/${chargeId}/expire`);
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `the merchant expires the charge of ${this.target}${this.#refusal && ` (refused: ${this.#refusal})`}`;
  }

  toJSON() {
    return { kind: 'merchant_expires', pick: this.pick };
  }
}
