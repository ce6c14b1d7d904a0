import type { Invariant } from './invariant.js';

export const chargeMatchesOrder: Invariant = {
  name: 'charge-matches-order',
  description: "the order's charge is for its amount, in its currency, by its payment method",
  check({ charge, amount, currency, method }) {
    const type = (charge.source as { type?: unknown } | null)?.type ?? (charge.card ? 'card' : undefined);
    const wrong: string[] = [];
    if (charge.amount !== amount) wrong.push(`amount ${charge.amount} instead of ${amount}`);
    if (String(charge.currency).toUpperCase() !== currency.toUpperCase())
      wrong.push(`currency ${charge.currency} instead of ${currency}`);
    if (type !== undefined && type !== method) wrong.push(`method ${String(type)} instead of ${method}`);
    return wrong.length === 0 ? null : `the charge ${charge.id} has ${wrong.join(', ')}`;
  },
};
