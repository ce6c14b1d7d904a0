/** One order the merchant accepted, as the scenario model knows it: just enough to pick targets. */
export interface ModelOrder {
  readonly orderId: string;
  readonly method: string;
  readonly amount: number;
  readonly currency: string;
}

/** The scenario model: a small summary of what happened, never a copy of the simulator. */
export interface ScenarioModel {
  readonly orders: ModelOrder[];
  /** Checkouts tried so far (accepted or refused), to number orders. */
  checkouts: number;
}

export function emptyModel(): ScenarioModel {
  return { orders: [], checkouts: 0 };
}

/** The order a command aims at: `pick` chosen by fast-check, taken modulo the orders there are. */
export function pickOrder(model: ScenarioModel, pick: number): ModelOrder {
  const order = model.orders[pick % model.orders.length];
  if (!order) throw new Error('pickOrder needs at least one order: check(model) must require it');
  return order;
}
