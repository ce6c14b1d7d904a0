import type { MerchantOrder } from '../merchant-under-test.js';
import type { WireCharge } from '../world/simulator-control.js';
import { type Invariant, PAID_STATUSES } from './invariant.js';

const FIELDS = ['status', 'fulfilments', 'refundedAmount'] as const;

export const foreignEventsChangeNoOrder: Invariant = {
  name: 'foreign-events-change-no-order',
  description: "events about another shop's or terminal's charges on the same account change no order",
  check({ order, before, charge }, step) {
    if (!step.foreign || before === null) return null;
    // A merchant without settled() may apply its own charge's news in the background during any step: for
    // it, a field that now agrees with the order's own charge was caught up, not changed by the foreign event.
    const changed = FIELDS.filter(
      (field) =>
        order[field] !== before[field] && !(step.appliesLate && agreesWithOwnCharge(field, order, charge)),
    );
    if (changed.length === 0) return null;
    return `${step.description} changed the order: ${changed.map((f) => `${f} ${before[f]} -> ${order[f]}`).join(', ')}`;
  },
};

function agreesWithOwnCharge(
  field: (typeof FIELDS)[number],
  order: MerchantOrder,
  charge: WireCharge,
): boolean {
  const successful = charge.status === 'successful';
  switch (field) {
    case 'status':
      return successful ? PAID_STATUSES.has(order.status) : order.status === charge.status;
    case 'fulfilments':
      return order.fulfilments === (successful ? 1 : 0);
    case 'refundedAmount':
      return order.refundedAmount === charge.refunded_amount;
  }
}
