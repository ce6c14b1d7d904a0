import type { Invariant, OrderSnapshot, StepContext } from '../invariants/invariant.js';
import type {
  CheckoutOrder,
  MerchantOrder,
  MerchantUnderTest,
  WebhookTarget,
} from '../merchant-under-test.js';
import { sendForgedCompletion } from './forge-completion.js';
import { InvariantViolation } from './invariant-violation.js';
import type { SimulatorControl } from './simulator-control.js';
import type { WebhookControl } from './webhook-control.js';

interface AcceptedOrder {
  readonly checkout: CheckoutOrder;
  readonly chargeId: string;
}

export interface WorldOptions {
  readonly control: SimulatorControl;
  readonly webhooks: WebhookControl;
  readonly merchant: MerchantUnderTest;
  readonly target: WebhookTarget;
  readonly invariants: readonly Invariant[];
}

/**
 * The real side of a scenario: the merchant under test and one fresh simulator account. Commands act on it;
 * after every step it lets webhooks settle and checks the invariants on every order.
 */
export class ScenarioWorld {
  readonly control: SimulatorControl;
  readonly #webhooks: WebhookControl;
  readonly #merchant: MerchantUnderTest;
  readonly #target: WebhookTarget;
  readonly #invariants: readonly Invariant[];
  readonly #orders = new Map<string, AcceptedOrder>();
  /** Every step so far, in plain words: the report of a failing scenario. */
  readonly steps: string[] = [];

  constructor(options: WorldOptions) {
    this.control = options.control;
    this.#webhooks = options.webhooks;
    this.#merchant = options.merchant;
    this.#target = options.target;
    this.#invariants = options.invariants;
  }

  chargeOf(orderId: string): string {
    const order = this.#orders.get(orderId);
    if (!order) throw new Error(`no accepted order ${orderId}`);
    return order.chargeId;
  }

  /** The merchant's checkout; false if it refused (threw). A charge it names must exist in the simulator. */
  async checkout(order: CheckoutOrder): Promise<boolean> {
    let chargeId: string;
    try {
      ({ chargeId } = await this.#merchant.checkout(order));
    } catch {
      return false;
    }
    const { status } = await this.control.call('GET', `/charges/${chargeId}`);
    if (status !== 200) {
      throw new InvariantViolation(
        'checkout',
        order.orderId,
        `checkout answered ${chargeId}, which omise-sim does not have`,
        'checkout',
      );
    }
    this.#orders.set(order.orderId, { checkout: order, chargeId });
    return true;
  }

  /** A provider-side action (customer pays, fails; merchant expires); returns Omise's refusal message or ''. */
  async provider(path: string, body?: unknown): Promise<string> {
    const { status, body: answer } = await this.control.call('POST', path, body);
    return status === 200 ? '' : String(answer.message);
  }

  async refund(orderId: string, amount: number): Promise<string> {
    if (!this.#merchant.refund) return 'the merchant cannot refund';
    try {
      await this.#merchant.refund(orderId, amount);
      return '';
    } catch (error) {
      return `the merchant refused: ${(error as Error).message}`;
    }
  }

  async passTime(seconds: number): Promise<void> {
    await this.control.advanceClock(seconds);
  }

  /** Moves the clock to the charge's expiry if it is still pending; says what happened. */
  async waitUntilExpiry(chargeId: string): Promise<string> {
    const charge = await this.control.charge(chargeId);
    if (charge.status !== 'pending') return `it was already ${charge.status}`;
    const clock = await this.control.must<{ now_ms: number }>('GET', '/_sim/clock');
    const seconds = Math.max(0, Math.ceil((Date.parse(String(charge.expires_at)) - clock.now_ms) / 1000));
    await this.control.advanceClock(seconds);
    return `${seconds} s later the charge expires`;
  }

  addDeliveryFault(rule: Record<string, unknown>): Promise<void> {
    return this.#webhooks.addFault(rule);
  }

  /** Re-sends one of the charge's past events (picked modulo their number); returns its key. */
  async replayEvent(chargeId: string, pick: number): Promise<string> {
    const events = await this.control.must<{ data: Array<{ id: string; key: string }> }>(
      'GET',
      `/charges/${chargeId}/events`,
    );
    const event = events.data[pick % events.data.length];
    if (!event) return 'nothing';
    await this.#webhooks.replay(event.id);
    return event.key;
  }

  /** Posts a charge.complete claiming the charge was paid, signed with a key that is not the webhook secret. */
  async sendForgedCompletion(chargeId: string): Promise<void> {
    await sendForgedCompletion(this.control, this.#target, chargeId);
  }

  async merchantOrders(): Promise<Map<string, MerchantOrder>> {
    const orders = new Map<string, MerchantOrder>();
    for (const orderId of this.#orders.keys()) orders.set(orderId, await this.#merchant.order(orderId));
    return orders;
  }

  /** After a step: let webhooks settle, then check every invariant on every order. */
  async afterStep(description: string, options: { before?: Map<string, MerchantOrder> } = {}): Promise<void> {
    this.steps.push(description);
    await this.#webhooks.settle();
    await this.#check(
      { description, mustNotChangeOrders: options.before !== undefined, final: false },
      options.before,
    );
  }

  /** At the end: deliver or give up every webhook still on its way, then check everything one last time. */
  async finish(): Promise<void> {
    await this.#webhooks.drain();
    await this.#check({
      description: 'every pending webhook was delivered or given up',
      mustNotChangeOrders: false,
      final: true,
    });
  }

  async #check(step: StepContext, before?: Map<string, MerchantOrder>): Promise<void> {
    const unsettled = step.final ? new Set<string>() : await this.#webhooks.unsettledCharges();
    for (const [orderId, accepted] of this.#orders) {
      const snapshot: OrderSnapshot = {
        orderId,
        method: accepted.checkout.method,
        amount: accepted.checkout.amount,
        currency: accepted.checkout.currency,
        order: await this.#merchant.order(orderId),
        charge: await this.control.charge(accepted.chargeId),
        before: before?.get(orderId) ?? null,
        settled: !unsettled.has(accepted.chargeId),
      };
      for (const invariant of this.#invariants) {
        const problem = invariant.check(snapshot, step);
        if (problem) throw new InvariantViolation(invariant.name, orderId, problem, step.description);
      }
    }
  }
}
