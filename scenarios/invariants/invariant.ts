import type { MerchantOrder } from '../merchant-under-test.js';
import type { WireCharge } from '../world/simulator-control.js';

/** One order of the merchant next to its charge in the simulator, after a step. */
export interface OrderSnapshot {
  readonly orderId: string;
  readonly method: string;
  readonly amount: number;
  readonly currency: string;
  readonly order: MerchantOrder;
  /** The charge as the simulator has it now (API 2019-05-29). */
  readonly charge: WireCharge;
  /** The merchant's order before this step, or null for an order the step created. */
  readonly before: MerchantOrder | null;
  /**
   * No webhook of this charge is still on its way (held, delayed, or waiting for a retry): the merchant has
   * been told everything there is, so its books must agree with the simulator.
   */
  readonly settled: boolean;
  /**
   * Every charge on the account that belongs to this order: the one its checkout answered, and others made
   * with the customer's own payment code or phone (a repeated B-scan-C charge). Empty where not known.
   */
  readonly charges?: readonly WireCharge[];
  /** Money the scenario moved for this order: refunds asked of the merchant, acknowledged, made by staff. */
  readonly refunds?: {
    readonly asked: number;
    readonly acknowledged: number;
    readonly byStaff: number;
  };
  /** Other orders whose checkout answered the same charge. */
  readonly sharesChargeWith?: readonly string[];
}

export interface StepContext {
  /** The step in plain words, e.g. "a forged charge.complete for order 1 reaches the webhook". */
  readonly description: string;
  /** The step delivered something that must not change any order: a forged webhook, say. */
  readonly mustNotChangeOrders: boolean;
  /** True for the last check, after every pending webhook was delivered or given up. */
  readonly final: boolean;
  /** The step made events about charges that are not the merchant's (another shop or terminal). */
  readonly foreign?: boolean;
  /**
   * The merchant has no settled() hook: it may apply what it acknowledged in the background, during any
   * later step, so an order read before a step may lag behind its charge.
   */
  readonly appliesLate?: boolean;
}

/** A rule the merchant's books must keep. `check` returns what is wrong, in plain words, or null. */
export interface Invariant {
  readonly name: string;
  readonly description: string;
  check(snapshot: OrderSnapshot, step: StepContext): string | null;
}

export const PAID_STATUSES: ReadonlySet<string> = new Set(['paid', 'refunded', 'partially_refunded']);
