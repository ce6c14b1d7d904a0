import type { PaymentMethod } from '../domain/methods/payment-method.js';
import type { HistoryRandom } from './history-random.js';

/** What becomes of a seeded charge. Refund kinds: a void happens moments after payment, inside the void window. */
export type PlannedOutcome =
  | { readonly status: 'successful'; readonly refund: 'none' | 'full' | 'partial' | 'void' }
  | { readonly status: 'failed'; readonly failureCode: string }
  | { readonly status: 'expired' }
  | { readonly status: 'pending' };

/** Every outcome the method can have once: what the first charges of each method go through, in turn. */
export function everyOutcome(method: PaymentMethod): PlannedOutcome[] {
  return [
    { status: 'successful', refund: 'none' },
    { status: 'successful', refund: 'full' },
    ...(method.refund.partial ? [{ status: 'successful', refund: 'partial' } as const] : []),
    ...(method.voidWindow ? [{ status: 'successful', refund: 'void' } as const] : []),
    ...method.failureCodes.map((failureCode) => ({ status: 'failed', failureCode }) as const),
    { status: 'expired' },
    { status: 'pending' },
  ];
}

/** Later charges: mostly paid, some refunded, some failed, expired or still pending, as a shop's day looks. */
export function drawOutcome(method: PaymentMethod, random: HistoryRandom): PlannedOutcome {
  const roll = random.fraction();
  if (roll < 0.62) return { status: 'successful', refund: drawRefund(method, random) };
  if (roll < 0.8) return { status: 'failed', failureCode: random.pick(method.failureCodes) };
  if (roll < 0.95) return { status: 'expired' };
  return { status: 'pending' };
}

function drawRefund(method: PaymentMethod, random: HistoryRandom): 'none' | 'full' | 'partial' | 'void' {
  const roll = random.fraction();
  if (roll < 0.06) return 'full';
  if (roll < 0.12 && method.refund.partial) return 'partial';
  if (roll < 0.15 && method.voidWindow) return 'void';
  return 'none';
}
