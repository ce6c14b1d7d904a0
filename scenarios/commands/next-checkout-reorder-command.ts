import type { ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { ScenarioCommand } from './scenario-command.js';

/**
 * The charge.create webhook of the next checkout is held back until the charge's next event overtakes it,
 * so the merchant hears charge.complete before charge.create (order faults can't reach a charge that does
 * not exist yet).
 */
export class NextCheckoutReorderCommand implements ScenarioCommand {
  check(): boolean {
    return true;
  }

  async run(_model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    await world.addDeliveryFault({ fault: 'reorder', keys: ['charge.create'], limit: 1, seconds: 86400 });
    await world.afterStep(this.toString());
  }

  toString(): string {
    return "the next checkout's charge.create webhook will arrive after the one that follows it";
  }

  toJSON() {
    return { kind: 'next_checkout_reorder' };
  }
}
