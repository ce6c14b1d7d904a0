import { pickOrder, redirectOrders, type ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { Outcome } from '../world/world-money.js';
import type { ScenarioCommand } from './scenario-command.js';

/**
 * The customer of a redirect payment (TrueMoney) pays, fails or closes the page, and their browser comes
 * back to the charge's return_uri, before the webhook (held back an hour) or after it. A return proves
 * nothing: only the charge does.
 */
export class BrowserReturnCommand implements ScenarioCommand {
  #target = 'an order';
  #note = '';

  constructor(
    readonly pick: number,
    readonly outcome: Outcome,
    readonly beforeWebhook: boolean,
  ) {}

  check(model: Readonly<ScenarioModel>): boolean {
    return model.abilities.browserReturn && redirectOrders(model).length > 0;
  }

  async run(model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    const order = pickOrder({ ...model, orders: redirectOrders(model) }, this.pick);
    this.#target = order.orderId;
    this.#note = await world.money.browserReturns(order.orderId, this.outcome, this.beforeWebhook);
    await world.afterStep(this.toString());
  }

  toString(): string {
    const what = { paid: 'pays', failed: 'fails to pay', closed: 'closes the payment page' }[this.outcome];
    const when = this.beforeWebhook ? 'before the webhook' : 'after the webhook';
    const note = this.#note && ` (${this.#note})`;
    return `the customer of ${this.#target} ${what} and the browser returns to return_uri ${when}${note}`;
  }

  toJSON() {
    return {
      kind: 'browser_return',
      pick: this.pick,
      outcome: this.outcome,
      beforeWebhook: this.beforeWebhook,
    };
  }
}
