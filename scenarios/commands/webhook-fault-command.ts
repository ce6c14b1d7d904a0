import type { ModelOrder } from '../model.js';
import { formatDuration } from '../report/format-duration.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

/** How the next webhook about an order goes wrong (delivery faults, `/_sim/webhook_faults`). */
export type WebhookFault =
  | { readonly fault: 'duplicate' }
  | { readonly fault: 'reorder' }
  | { readonly fault: 'delay'; readonly seconds: number }
  | { readonly fault: 'drop_first'; readonly attempts: number }
  | { readonly fault: 'stale_payload' };

/**
 * The next webhook about an order is delivered twice, overtaken by the one after it, late, lost on its first
 * attempts (then retried on the schedule), or carries the charge as it was at its previous event.
 */
export class WebhookFaultCommand extends OrderCommand {
  constructor(
    pick: number,
    readonly spec: WebhookFault,
  ) {
    super(pick);
  }

  protected async act(_order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    await world.addDeliveryFault({ ...this.spec, charge: chargeId, limit: 1 });
    await world.afterStep(this.toString());
  }

  toString(): string {
    const next = `the next webhook about ${this.target}`;
    switch (this.spec.fault) {
      case 'duplicate':
        return `${next} will be delivered twice`;
      case 'reorder':
        return `${next} will arrive after the one that follows it`;
      case 'delay':
        return `${next} will arrive ${formatDuration(this.spec.seconds)} late`;
      case 'drop_first':
        return `${next} will be lost on its first ${this.spec.attempts} attempt(s), then retried`;
      case 'stale_payload':
        return `${next} will carry the charge as it was before`;
    }
  }

  toJSON() {
    return { kind: 'webhook_fault', pick: this.pick, ...this.spec };
  }
}
