import { findChargeMethod } from '../simulator/domain/methods/index.js';
import type { MerchantUnderTest } from './merchant-under-test.js';

/** One order the merchant accepted, as the scenario model knows it: just enough to pick targets. */
export interface ModelOrder {
  readonly orderId: string;
  readonly method: string;
  readonly amount: number;
  readonly currency: string;
}

/** What the merchant under test can do beyond the basics: steps that need a hook check these. */
export interface MerchantAbilities {
  readonly refund: boolean;
  /** It has a clock hook, so it can reconcile (webhooks given up for good are fair game). */
  readonly tick: boolean;
  readonly browserReturn: boolean;
  /** Its API timeout, if declared: answers later than that are generated. */
  readonly apiTimeoutMs: number | null;
}

/** The scenario model: a small summary of what happened, never a copy of the simulator. */
export interface ScenarioModel {
  readonly orders: ModelOrder[];
  /** Checkouts tried so far (accepted or refused), to number orders. */
  checkouts: number;
  readonly abilities: MerchantAbilities;
}

/** What a merchant can do, from the optional members it has (after start: httpMerchant learns at setup). */
export function abilitiesOf(merchant: MerchantUnderTest): MerchantAbilities {
  return {
    refund: merchant.refund !== undefined,
    tick: merchant.tick !== undefined,
    browserReturn: merchant.browserReturn !== undefined,
    apiTimeoutMs: merchant.apiTimeoutMs ?? null,
  };
}

const BASIC: MerchantAbilities = { refund: true, tick: false, browserReturn: false, apiTimeoutMs: null };

export function emptyModel(abilities: MerchantAbilities = BASIC): ScenarioModel {
  return { orders: [], checkouts: 0, abilities };
}

/** The order a command aims at: `pick` chosen by fast-check, taken modulo the orders there are. */
export function pickOrder(model: ScenarioModel, pick: number): ModelOrder {
  const order = model.orders[pick % model.orders.length];
  if (!order) throw new Error('pickOrder needs at least one order: check(model) must require it');
  return order;
}

/** The orders paid through a redirect (TrueMoney's, or a card's 3-D Secure return_uri), where a browser comes back. */
export function redirectOrders(model: Readonly<ScenarioModel>): ModelOrder[] {
  // Every flow but `offline` sends the customer's browser away and back (a card's only through 3-D Secure).
  return model.orders.filter((order) => (findChargeMethod(order.method)?.flow ?? 'offline') !== 'offline');
}
