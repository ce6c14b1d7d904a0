import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/**
 * Someone who is not Omise posts a charge.complete claiming the order's charge was paid, signed with a key
 * that is not the webhook secret. It must change nothing.
 */
export class ForgedWebhookCommand extends OrderCommand {
  protected async act(_order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    const before = await world.merchantOrders();
    await world.sendForgedCompletion(chargeId);
    await world.afterStep(this.toString(), { before });
  }

  toString(): string {
    return `a forged charge.complete saying ${this.target} was paid reaches the webhook`;
  }

  toJSON() {
    return { kind: 'forged_webhook', pick: this.pick };
  }
}
