import { MerchantDidNotAnswer } from './answer-deadline.js';
import { chargesOfOrder, listCharges } from './order-book.js';
import type { ScenarioWorld } from './scenario-world.js';

export type Outcome = 'paid' | 'failed' | 'closed';

// Another terminal of the same shop: a B-scan-C charge with a payment code no scenario order uses.
const FOREIGN_BARCODE = '999999999999999999';

/**
 * The parts of the world that move money or hide it: the customer's wallet, the merchant's and staff's
 * refunds, another terminal's charges, a browser coming back, API operations held in flight.
 */
export class WorldMoney {
  readonly #world: ScenarioWorld;

  constructor(world: ScenarioWorld) {
    this.#world = world;
  }

  /**
   * The customer pays. With a B-scan-C method every pending charge made with their payment code debits the
   * wallet; otherwise they pay the one charge the merchant showed. Returns how many were paid and refusals.
   */
  async customerPays(orderId: string): Promise<{ paid: number; refusal: string }> {
    const world = this.#world;
    const order = world.accepted(orderId);
    let ids = [order.chargeId];
    if (order.checkout.barcode !== undefined) {
      const all = await listCharges((path) => world.control.read(path));
      const pending = chargesOfOrder(order, all).filter((c) => c.status === 'pending');
      if (pending.length > 0) ids = pending.map((c) => c.id);
    }
    let refusal = '';
    for (const id of ids) refusal ||= await world.provider(`/charges/${id}/mark_as_paid`);
    return { paid: ids.length, refusal };
  }

  /** The merchant is asked to refund; notes what was asked and what it acknowledged. */
  async merchantRefunds(orderId: string, amount: number): Promise<string> {
    const world = this.#world;
    if (!world.merchant.refund) return 'the merchant cannot refund';
    const order = world.accepted(orderId);
    const charge = await world.control.charge(order.chargeId);
    const room = charge.refundable === true && amount <= charge.amount - charge.refunded_amount;
    order.refundsAsked += amount;
    try {
      await world.merchant.refund(orderId, amount);
    } catch (error) {
      if (error instanceof MerchantDidNotAnswer) throw error;
      return `the merchant refused: ${(error as Error).message}`;
    }
    if (room) order.refundsAcknowledged += amount;
    return '';
  }

  /** Staff refund in the dashboard, outside the merchant's code. */
  async staffRefunds(orderId: string, amount: number): Promise<string> {
    const order = this.#world.accepted(orderId);
    const refusal = await this.#world.provider(`/charges/${order.chargeId}/refunds`, { amount });
    if (!refusal) order.staffRefunds += amount;
    return refusal;
  }

  /** Another terminal charges on the same account, its metadata copied from an order's charge if `like`. */
  async foreignCharge(like: string | null, outcome: Outcome): Promise<string> {
    const world = this.#world;
    const metadata = like
      ? (await world.control.charge(world.chargeOf(like))).metadata
      : { terminal: 'terminal-2', order_id: 'T2-0001' };
    const charge = await world.control.must<{ id: string }>('POST', '/charges', {
      amount: 2500,
      currency: 'THB',
      source: { type: 'wechat_pay_upm', barcode: FOREIGN_BARCODE },
      metadata,
    });
    if (outcome === 'paid') await world.provider(`/charges/${charge.id}/mark_as_paid`);
    if (outcome === 'failed') await world.provider(`/charges/${charge.id}/mark_as_failed`);
    return charge.id;
  }

  /**
   * The customer finishes (or not) on the payment page and the browser comes back to `return_uri`, before
   * the charge's webhook (held back an hour) or after it was delivered.
   */
  async browserReturns(orderId: string, outcome: Outcome, beforeWebhook: boolean): Promise<string> {
    const world = this.#world;
    const chargeId = world.chargeOf(orderId);
    const charge = await world.control.charge(chargeId);
    if (!world.merchant.browserReturn || typeof charge.return_uri !== 'string') return 'no return_uri';
    if (charge.status === 'pending' && outcome !== 'closed') {
      if (beforeWebhook) {
        await world.addDeliveryFault({ fault: 'delay', seconds: 3600, charge: chargeId, limit: 1 });
      }
      await world.provider(`/charges/${chargeId}/mark_as_${outcome}`);
    }
    if (!beforeWebhook) await world.webhooks.settle();
    await world.merchant.browserReturn(charge.return_uri);
    return '';
  }

  /**
   * Moves the clock until every operation held in flight has landed (the final check needs them). `nowMs`:
   * the clock as the caller last read it, if nothing moved it since.
   */
  async landHeldOperations(nowMs?: number): Promise<void> {
    const world = this.#world;
    const faults = await world.control.must<{ held: Array<{ lands_at: string; landed: unknown }> }>(
      'GET',
      '/_sim/api_faults',
    );
    const last = Math.max(0, ...faults.held.filter((h) => !h.landed).map((h) => Date.parse(h.lands_at)));
    const now = nowMs ?? (await world.control.must<{ now_ms: number }>('GET', '/_sim/clock')).now_ms;
    if (last > now) await world.passTime(Math.ceil((last - now) / 1000));
  }
}
