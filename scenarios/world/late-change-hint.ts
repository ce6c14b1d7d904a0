import type { OrderSnapshot } from '../invariants/invariant.js';
import type { MerchantOrder } from '../merchant-under-test.js';

const ORDER_FIELDS = ['status', 'fulfilments', 'refundedAmount'] as const;

/**
 * A merchant without settled() may apply work in the background after a check passed: the change then
 * shows up at a later step, which need not be its cause. Says what the previous check read, and why.
 */
export function lateChangeHint(
  snapshot: OrderSnapshot,
  lastSeen: ReadonlyMap<string, MerchantOrder> | undefined,
): string[] {
  const previous = lastSeen?.get(snapshot.orderId);
  if (!previous || ORDER_FIELDS.every((field) => previous[field] === snapshot.order[field])) return [];
  const was = ORDER_FIELDS.map((field) => `${field} ${previous[field]}`).join(', ');
  return [
    '',
    `At the previous check the merchant had ${snapshot.orderId} as: ${was}.`,
    'This merchant has no settled() hook, so the harness cannot tell when its background work is done: a',
    'change it applies late shows up at a later step, which need not be its cause. Add settled() (over HTTP:',
    'the "settled" hook, POST /test/settled) and the report names the step that caused it.',
  ];
}
