import type { Invariant } from './invariant.js';

export const noOrderStuckPending: Invariant = {
  name: 'no-order-stuck-pending',
  description: 'the merchant recovers from provider errors: no order stays pending after its charge resolved',
  check({ order, charge, settled }) {
    if (!settled || order.status !== 'pending' || charge.status === 'pending') return null;
    return `the charge is ${charge.status} but the order is still pending`;
  },
};
