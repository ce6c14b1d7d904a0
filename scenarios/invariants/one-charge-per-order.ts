import type { Invariant } from './invariant.js';

export const oneChargePerOrder: Invariant = {
  name: 'one-charge-per-order',
  description: 'every charge belongs to exactly one order, and an order has at most one successful charge',
  check({ charges = [], sharesChargeWith = [], charge }) {
    if (sharesChargeWith.length > 0) {
      return `its charge ${charge.id} is also the charge of ${sharesChargeWith.join(', ')}`;
    }
    const successful = charges.filter((c) => c.status === 'successful');
    if (successful.length <= 1) return null;
    const ids = successful.map((c) => c.id).join(', ');
    return `the customer was charged ${successful.length} times for one order (${ids})`;
  },
};
