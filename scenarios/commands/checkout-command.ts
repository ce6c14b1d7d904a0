import { findPaymentMethod } from '../../simulator/domain/methods/index.js';
import type { ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { ScenarioCommand } from './scenario-command.js';

const MAX_ORDERS = 6;

/** A customer checks out: the merchant creates a charge (the amount may sit at or just past a limit). */
export class CheckoutCommand implements ScenarioCommand {
  #outcome = '';

  constructor(
    readonly method: string,
    readonly amount: number,
    readonly currency: string,
  ) {}

  check(model: Readonly<ScenarioModel>): boolean {
    return model.orders.length < MAX_ORDERS;
  }

  async run(model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    model.checkouts++;
    const orderId = `order-${model.checkouts}`;
    // Said as such if the merchant never answers.
    this.#outcome = `${orderId} (no answer)`;
    const accepted = await world.checkout({
      orderId,
      amount: this.amount,
      currency: this.currency,
      method: this.method,
      // Each customer has their own payment code and phone: charges made with them are theirs.
      ...(findPaymentMethod(this.method)?.sourceParams.includes('barcode') && {
        barcode: `13099129${String(model.checkouts).padStart(10, '0')}`,
      }),
      ...(findPaymentMethod(this.method)?.sourceParams.includes('phone_number') && {
        phoneNumber: `08${String(model.checkouts).padStart(8, '0')}`,
      }),
      ...(this.method === 'card' && { card: await world.cardToken() }),
    });
    this.#outcome = accepted ? `${orderId}` : `${orderId} (refused)`;
    if (accepted)
      model.orders.push({ orderId, method: this.method, amount: this.amount, currency: this.currency });
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `checkout ${this.#outcome || 'order'}: ${this.amount} ${this.currency} by ${this.method}`;
  }

  toJSON() {
    return { kind: 'checkout', method: this.method, amount: this.amount, currency: this.currency };
  }
}
