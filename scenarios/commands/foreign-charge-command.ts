import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { Outcome } from '../world/world-money.js';
import { OrderCommand } from './order-command.js';

/**
 * Another shop or terminal on the same account charges a customer, sometimes with metadata that collides
 * with one of the merchant's orders; its webhooks reach the merchant too, and must change no order.
 */
export class ForeignChargeCommand extends OrderCommand {
  constructor(
    pick: number,
    readonly outcome: Outcome,
    readonly collides: boolean,
  ) {
    super(pick);
  }

  protected async act(order: ModelOrder, world: ScenarioWorld): Promise<void> {
    const before = await world.merchantOrders();
    await world.money.foreignCharge(this.collides ? order.orderId : null, this.outcome);
    await world.afterStep(this.toString(), { before, foreign: true });
  }

  toString(): string {
    const metadata = this.collides ? ` with the same metadata as ${this.target}` : '';
    const outcome = { paid: 'is paid', failed: 'fails', closed: 'stays pending' }[this.outcome];
    return `another terminal on the account makes a charge${metadata}, and it ${outcome}`;
  }

  toJSON() {
    return { kind: 'foreign_charge', pick: this.pick, outcome: this.outcome, collides: this.collides };
  }
}
