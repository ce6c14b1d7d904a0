import type { Invariant } from './invariant.js';

export const untrustedWebhooksChangeNothing: Invariant = {
  name: 'untrusted-webhooks-change-nothing',
  description: 'a forged or stale webhook never changes an order',
  check({ order, before }, step) {
    if (!step.mustNotChangeOrders || before === null) return null;
    const changed = (['status', 'fulfilments', 'refundedAmount'] as const).filter(
      (field) => order[field] !== before[field],
    );
    if (changed.length === 0) return null;
    return `${step.description} changed the order: ${changed.map((f) => `${f} ${before[f]} -> ${order[f]}`).join(', ')}`;
  },
};
