import { type Invariant, PAID_STATUSES } from './invariant.js';

export const paidIffSuccessful: Invariant = {
  name: 'paid-iff-successful',
  description: 'an order is paid if and only if its charge is successful',
  check({ order, charge, settled }) {
    const paid = PAID_STATUSES.has(order.status);
    if (paid && charge.status !== 'successful')
      return `the order is ${order.status} but its charge is ${charge.status}`;
    if (settled && !paid && charge.status === 'successful')
      return `the charge is successful but the order is ${order.status}`;
    return null;
  },
};
