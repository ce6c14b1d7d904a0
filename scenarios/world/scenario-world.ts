import type { Invariant, StepContext } from '../invariants/invariant.js';
import type {
  CheckoutOrder,
  MerchantOrder,
  MerchantUnderTest,
  WebhookTarget,
} from '../merchant-under-test.js';
import { abilitiesOf, type MerchantAbilities } from '../model.js';
import { formatDuration } from '../report/format-duration.js';
import { MerchantDidNotAnswer } from './answer-deadline.js';
import { checkWithGrace, type When } from './check-with-grace.js';
import { sendForgedCompletion } from './forge-completion.js';
import { InvariantViolation } from './invariant-violation.js';
import type { AcceptedOrder } from './order-book.js';
import type { SimulatorControl } from './simulator-control.js';
import type { WebhookControl } from './webhook-control.js';
import { WorldMoney } from './world-money.js';

export interface WorldOptions {
  readonly control: SimulatorControl;
  readonly webhooks: WebhookControl;
  readonly merchant: MerchantUnderTest;
  readonly target: WebhookTarget;
  readonly invariants: readonly Invariant[];
  /** Without a settled() hook: how long (ms) a broken rule may take to hold again before it counts. */
  readonly graceMs?: number;
}

export const DEFAULT_GRACE_MS = 2000;

/**
 * The real side of a scenario: the merchant under test and one fresh simulator account. Commands act on it;
 * after every step it lets webhooks settle and checks the invariants on every order.
 */
export class ScenarioWorld {
  readonly control: SimulatorControl;
  readonly webhooks: WebhookControl;
  readonly merchant: MerchantUnderTest;
  readonly #target: WebhookTarget;
  readonly #invariants: readonly Invariant[];
  readonly #graceMs: number;
  /** Every order as the last passing check read it: a later failure's report compares with it. */
  #lastSeen = new Map<string, MerchantOrder>();
  readonly orders = new Map<string, AcceptedOrder>();
  /** Money moved by the customer, staff and other shops: see WorldMoney. */
  readonly money: WorldMoney;
  /** Every step so far, in plain words: the report of a failing scenario. */
  readonly steps: string[] = [];

  constructor(options: WorldOptions) {
    this.control = options.control;
    this.webhooks = options.webhooks;
    this.merchant = options.merchant;
    this.#target = options.target;
    this.#invariants = options.invariants;
    this.#graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.money = new WorldMoney(this);
  }

  get abilities(): MerchantAbilities {
    return abilitiesOf(this.merchant);
  }

  chargeOf(orderId: string): string {
    return this.accepted(orderId).chargeId;
  }

  accepted(orderId: string): AcceptedOrder {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no accepted order ${orderId}`);
    return order;
  }

  /** The merchant's checkout; false if it refused (threw). A charge it names must exist in the simulator. */
  async checkout(order: CheckoutOrder): Promise<boolean> {
    let chargeId: string;
    try {
      ({ chargeId } = await this.merchant.checkout(order));
    } catch (error) {
      if (error instanceof MerchantDidNotAnswer) throw error;
      return false;
    }
    const { status } = await this.control.call('GET', `/charges/${chargeId}`);
    if (status !== 200) {
      const problem = `checkout answered ${chargeId}, which omise-sim does not have`;
      throw new InvariantViolation('checkout', order.orderId, problem, 'checkout');
    }
    const book = { refundsAsked: 0, refundsAcknowledged: 0, staffRefunds: 0 };
    this.orders.set(order.orderId, { checkout: order, chargeId, ...book });
    return true;
  }

  /**
   * The customer's card, tokenized on the vault as Omise.js does in their browser: a 3-D Secure test card
   * (docs.omise.co/api-testing numbers in omise-sim), so the charge waits for the customer like the other
   * methods' do, and the customer then passes (pays) or fails on its authorize page.
   */
  async cardToken(): Promise<string> {
    const card = {
      name: 'Scenario Customer',
      number: '4000000000000002',
      expiration_month: 12,
      expiration_year: 2099,
    };
    return String((await this.control.must('POST', '/tokens', { card })).id);
  }

  /** A provider-side action (customer pays, fails; merchant expires); returns Omise's refusal message or ''. */
  async provider(path: string, body?: unknown): Promise<string> {
    const { status, body: answer } = await this.control.call('POST', path, body);
    return status === 200 ? '' : String(answer.message);
  }

  /** Time passes: Omise's jobs and webhooks first, then the merchant's own clock moves. */
  async passTime(seconds: number): Promise<void> {
    // Only the harness moves the account's frozen clock: after settling it still shows what the move answered.
    const clock = await this.control.advanceClock(seconds);
    await this.webhooks.settle();
    await this.tick(clock.now_ms);
  }

  /**
   * The merchant's own clock hears the scenario time: `nowMs` where the caller has it from the clock's own
   * answer since the clock last moved, else the clock is read.
   */
  async tick(nowMs?: number): Promise<void> {
    if (!this.merchant.tick) return;
    await this.merchant.tick(new Date(nowMs ?? (await this.#now())));
  }

  /** Moves the clock to the charge's expiry if it is still pending; says what happened. */
  async waitUntilExpiry(chargeId: string): Promise<string> {
    const charge = await this.control.charge(chargeId);
    if (charge.status !== 'pending') return `it was already ${charge.status}`;
    const clock = await this.control.must<{ now_ms: number }>('GET', '/_sim/clock');
    const seconds = Math.max(0, Math.ceil((Date.parse(String(charge.expires_at)) - clock.now_ms) / 1000));
    await this.passTime(seconds);
    return `${seconds} s later the charge expires`;
  }

  addDeliveryFault(rule: Record<string, unknown>): Promise<void> {
    return this.webhooks.addFault(rule);
  }

  /** Re-sends one of the charge's past events (picked modulo their number); returns its key. */
  async replayEvent(chargeId: string, pick: number): Promise<string> {
    const path = `/charges/${chargeId}/events`;
    const events = await this.control.must<{ data: Array<{ id: string; key: string }> }>('GET', path);
    const event = events.data[pick % events.data.length];
    if (!event) return 'nothing';
    await this.webhooks.replay(event.id);
    return event.key;
  }

  /** Posts a charge.complete claiming the charge was paid, signed with a key that is not the webhook secret. */
  async sendForgedCompletion(chargeId: string): Promise<void> {
    await sendForgedCompletion(this.control, this.#target, chargeId);
  }

  /** Every order as the merchant has it, once it says it has settled. */
  async merchantOrders(): Promise<Map<string, MerchantOrder>> {
    await this.merchant.settled?.();
    const orders = new Map<string, MerchantOrder>();
    for (const orderId of this.orders.keys()) orders.set(orderId, await this.merchant.order(orderId));
    return orders;
  }

  /** After a step: let webhooks settle, then check every invariant on every order. */
  async afterStep(
    description: string,
    options: { before?: Map<string, MerchantOrder>; foreign?: boolean } = {},
  ): Promise<void> {
    this.steps.push(description);
    await this.webhooks.settle();
    const mustNotChangeOrders = options.before !== undefined && !options.foreign;
    const step = { description, mustNotChangeOrders, final: false, foreign: options.foreign ?? false };
    await this.#check(step, `after step ${this.steps.length}`, options.before);
  }

  /**
   * At the end: clear unused API faults, land held operations, deliver or give up every webhook, let the
   * merchant reconcile on its clock, and check.
   */
  async finish(): Promise<void> {
    const started = await this.#now();
    // The weather ends: API faults nobody met are cleared, so the final check is about recovering.
    await this.control.must('DELETE', '/_sim/api_faults');
    await this.money.landHeldOperations(started);
    await this.webhooks.drain();
    await this.tick();
    await this.webhooks.drain();
    const description = 'every pending webhook was delivered or given up';
    const step = { description, mustNotChangeOrders: false, final: true };
    // How far the clock moved is read only for a report: nothing moves it after the last drain.
    await this.#check(step, async () => {
      const moved = formatDuration(Math.round(((await this.#now()) - started) / 1000));
      return `at the final drain (the clock moved ${moved})`;
    });
  }

  async #check(step: StepContext, when: When, before?: Map<string, MerchantOrder>): Promise<void> {
    const { control, merchant, orders, webhooks } = this;
    const input = {
      control,
      merchant,
      orders,
      webhooks,
      invariants: this.#invariants,
      graceMs: this.#graceMs,
      lastSeen: this.#lastSeen,
    };
    this.#lastSeen = await checkWithGrace(input, step, when, before);
  }

  async #now(): Promise<number> {
    return (await this.control.must<{ now_ms: number }>('GET', '/_sim/clock')).now_ms;
  }
}
