import type { Invariant } from './invariant.js';

export const fulfilledAtMostOnce: Invariant = {
  name: 'fulfilled-at-most-once',
  description: 'an order is fulfilled at most once, whatever was delivered twice or replayed',
  check({ order }) {
    return order.fulfilments > 1 ? `the order was fulfilled ${order.fulfilments} times` : null;
  },
};
