import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/** Omise sends one of the order's earlier webhooks again (as a dashboard "resend" or a retry would). */
export class ReplayedWebhookCommand extends OrderCommand {
  #key = '';

  constructor(
    pick: number,
    readonly eventPick: number,
  ) {
    super(pick);
  }

  protected async act(_order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    this.#key = await world.replayEvent(chargeId, this.eventPick);
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `Omise sends ${this.#key || 'an earlier webhook'} about ${this.target} again`;
  }

  toJSON() {
    return { kind: 'replayed_webhook', pick: this.pick, eventPick: this.eventPick };
  }
}
