import type { Invariant, OrderSnapshot, StepContext } from '../invariants/invariant.js';
import type { MerchantOrder, MerchantUnderTest } from '../merchant-under-test.js';
import { type AcceptedOrder, chargesOfOrder, listCharges } from './order-book.js';
import type { SimulatorControl } from './simulator-control.js';

/** The first broken rule, with the snapshot it broke on. */
export interface BrokenRule {
  readonly invariant: string;
  readonly snapshot: OrderSnapshot;
  readonly problem: string;
}

export interface CheckInput {
  readonly control: SimulatorControl;
  readonly merchant: MerchantUnderTest;
  readonly invariants: readonly Invariant[];
  readonly orders: ReadonlyMap<string, AcceptedOrder>;
  readonly unsettled: ReadonlySet<string>;
  /** Filled with every order as read, for the next check to compare with. */
  readonly seen?: Map<string, MerchantOrder>;
}

/** Reads every order next to its charges and runs every invariant on it; the first broken rule, or null. */
export async function findBrokenRule(
  input: CheckInput,
  step: StepContext,
  before?: ReadonlyMap<string, MerchantOrder>,
): Promise<BrokenRule | null> {
  const all = await listCharges((path) => input.control.read(path));
  const byId = new Map(all.map((charge) => [charge.id, charge]));
  for (const [orderId, accepted] of input.orders) {
    const charge = byId.get(accepted.chargeId) ?? (await input.control.charge(accepted.chargeId));
    const snapshot: OrderSnapshot = {
      orderId,
      method: accepted.checkout.method,
      amount: accepted.checkout.amount,
      currency: accepted.checkout.currency,
      order: await readOrder(input, orderId),
      charge,
      before: before?.get(orderId) ?? null,
      settled: !input.unsettled.has(accepted.chargeId),
      charges: chargesOfOrder(accepted, all),
      refunds: {
        asked: accepted.refundsAsked,
        acknowledged: accepted.refundsAcknowledged,
        byStaff: accepted.staffRefunds,
      },
      sharesChargeWith: [...input.orders]
        .filter(([other, { chargeId }]) => other !== orderId && chargeId === accepted.chargeId)
        .map(([other]) => other),
    };
    for (const invariant of input.invariants) {
      const problem = invariant.check(snapshot, step);
      if (problem) return { invariant: invariant.name, snapshot, problem };
    }
  }
  return null;
}

async function readOrder(input: CheckInput, orderId: string): Promise<MerchantOrder> {
  const order = await input.merchant.order(orderId);
  input.seen?.set(orderId, order);
  return order;
}
