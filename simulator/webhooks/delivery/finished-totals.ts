import type { Delivery } from './delivery.js';
import type { DeliveryAttempt } from './delivery-attempt.js';

/** How many deliveries of a log succeeded and how many used up their schedule (those not still pending). */
export function finishedTotals(
  attempts: readonly DeliveryAttempt[],
  pending: readonly Pick<Delivery, 'number'>[],
): { delivered: number; failed: number } {
  const last = new Map<number, DeliveryAttempt>();
  for (const attempt of attempts) last.set(attempt.delivery, attempt);
  const open = new Set(pending.map((delivery) => delivery.number));
  let delivered = 0;
  let failed = 0;
  for (const [number, attempt] of last) {
    if (attempt.delivered) delivered++;
    else if (!open.has(number) && attempt.nextRetryAt === null) failed++;
  }
  return { delivered, failed };
}
