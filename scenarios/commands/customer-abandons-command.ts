import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/** The customer walks away: nothing is paid, and time runs until the charge's expiry. */
export class CustomerAbandonsCommand extends OrderCommand {
  #waited = '';

  protected async act(_order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    this.#waited = await world.waitUntilExpiry(chargeId);
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `the customer walks away from ${this.target}${this.#waited && ` (${this.#waited})`}`;
  }

  toJSON() {
    return { kind: 'customer_abandons', pick: this.pick };
  }
}
