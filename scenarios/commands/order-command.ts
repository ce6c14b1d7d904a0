import { type ModelOrder, pickOrder, type ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { ScenarioCommand, StepJson } from './scenario-command.js';

/** A step aimed at one of the orders so far, chosen by `pick` (modulo the number of orders). */
export abstract class OrderCommand implements ScenarioCommand {
  protected target = 'an order';

  constructor(readonly pick: number) {}

  check(model: Readonly<ScenarioModel>): boolean {
    return model.orders.length > 0;
  }

  async run(model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    const order = pickOrder(model, this.pick);
    this.target = order.orderId;
    await this.act(order, world, world.chargeOf(order.orderId));
  }

  protected abstract act(order: ModelOrder, world: ScenarioWorld, chargeId: string): Promise<void>;

  abstract toString(): string;

  abstract toJSON(): StepJson;
}
