import type { Invariant } from './invariant.js';

export const refundsAgree: Invariant = {
  name: 'refunds-agree',
  description: "the merchant's refunded amount equals the simulator's, and never exceeds the charge",
  check({ order, charge, settled }) {
    if (order.refundedAmount > charge.amount) {
      return `the order shows ${order.refundedAmount} refunded on a charge of ${charge.amount}`;
    }
    if (settled && order.refundedAmount !== charge.refunded_amount) {
      return `the order shows ${order.refundedAmount} refunded, the charge ${charge.refunded_amount}`;
    }
    return null;
  },
};
