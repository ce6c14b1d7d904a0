import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

export type StaffRefundSize = 'all' | 'half' | 'one';

/** Staff refund an order in the dashboard, outside the merchant's code: its books must follow. */
export class StaffRefundsCommand extends OrderCommand {
  #amount = 0;
  #refusal = '';

  constructor(
    pick: number,
    readonly size: StaffRefundSize,
  ) {
    super(pick);
  }

  protected async act(order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    const charge = await world.control.charge(chargeId);
    const remaining = order.amount - charge.refunded_amount;
    this.#amount = { all: remaining, half: Math.max(1, Math.floor(remaining / 2)), one: 1 }[this.size];
    this.#refusal = await world.money.staffRefunds(order.orderId, this.#amount);
    await world.afterStep(this.toString());
  }

  toString(): string {
    const refused = this.#refusal && ` (refused: ${this.#refusal})`;
    return `staff refund ${this.#amount || this.size} of ${this.target} in the dashboard${refused}`;
  }

  toJSON() {
    return { kind: 'staff_refunds', pick: this.pick, size: this.size };
  }
}
