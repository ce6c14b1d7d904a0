import type { ModelOrder, ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/**
 * The next webhook about an order fails on every attempt until Omise gives up for good (about 7 days of
 * retries): the merchant must find out by itself, reconciling on its own clock.
 */
export class WebhookGivenUpCommand extends OrderCommand {
  override check(model: Readonly<ScenarioModel>): boolean {
    return super.check(model) && model.abilities.tick;
  }

  protected async act(_order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    await world.addDeliveryFault({ fault: 'drop_first', attempts: 100, charge: chargeId, limit: 1 });
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `the next webhook about ${this.target} will never get through: Omise gives up after its retries`;
  }

  toJSON() {
    return { kind: 'webhook_given_up', pick: this.pick };
  }
}
