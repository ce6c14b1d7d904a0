import type { Invariant } from './invariant.js';

export const failuresAreNeverFulfilled: Invariant = {
  name: 'failures-are-never-fulfilled',
  description: 'failed and expired charges are never fulfilled, and the order shows why',
  check({ order, charge, settled }) {
    if (charge.status !== 'failed' && charge.status !== 'expired') return null;
    if (order.fulfilments > 0) return `the charge ${charge.status} but the order was fulfilled`;
    if (!settled) return null;
    if (order.status !== charge.status) return `the charge ${charge.status} but the order is ${order.status}`;
    if (order.failureCode !== undefined && order.failureCode !== charge.failure_code) {
      return `the charge failed with ${charge.failure_code} but the order says ${order.failureCode}`;
    }
    return null;
  },
};
