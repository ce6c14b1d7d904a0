import type { ModelOrder } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import { OrderCommand } from './order-command.js';

export type RefundSize = 'all' | 'half' | 'one' | 'too_much';

/** The merchant refunds part of an order, all that remains, or more than remains. */
export class MerchantRefundsCommand extends OrderCommand {
  #amount = 0;
  #outcome = '';

  constructor(
    pick: number,
    readonly size: RefundSize,
  ) {
    super(pick);
  }

  protected async act(order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void> {
    const charge = await world.control.charge(chargeId);
    const remaining = order.amount - charge.refunded_amount;
    this.#amount = {
      all: remaining,
      half: Math.max(1, Math.floor(remaining / 2)),
      one: 1,
      too_much: remaining + 1,
    }[this.size];
    this.#outcome = await world.money.merchantRefunds(order.orderId, this.#amount);
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `the merchant refunds ${this.#amount || this.size} of ${this.target}${this.#outcome && ` (${this.#outcome})`}`;
  }

  toJSON() {
    return { kind: 'merchant_refunds', pick: this.pick, size: this.size };
  }
}
