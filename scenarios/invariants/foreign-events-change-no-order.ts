import type { Invariant } from './invariant.js';

export const foreignEventsChangeNoOrder: Invariant = {
  name: 'foreign-events-change-no-order',
  description: "events about another shop's or terminal's charges on the same account change no order",
  check({ order, before }, step) {
    if (!step.foreign || before === null) return null;
    const changed = (['status', 'fulfilments', 'refundedAmount'] as const).filter(
      (field) => order[field] !== before[field],
    );
    if (changed.length === 0) return null;
    return `${step.description} changed the order: ${changed.map((f) => `${f} ${before[f]} -> ${order[f]}`).join(', ')}`;
  },
};
