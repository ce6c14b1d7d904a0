import type { TransactionRecord } from '../domain/transaction/account-transactions.js';
import type { RenderContext } from './api-version.js';
import { iso } from './timestamps.js';

/**
 * A transaction, keys in the order of omise-php's recorded transactions-get.json (2025). Test mode makes an
 * amount transferable at once (every recording has `transferable_at` = `created_at`). 2017-11-02: lower-case
 * currency, as its other objects (assumed: no recording of that version).
 */
export function renderTransaction(
  transaction: TransactionRecord,
  ctx: RenderContext,
): Record<string, unknown> {
  return {
    object: 'transaction',
    id: transaction.id,
    livemode: false,
    currency: ctx.version === '2017-11-02' ? transaction.currency.toLowerCase() : transaction.currency,
    amount: transaction.amount,
    location: `/transactions/${transaction.id}`,
    direction: transaction.direction,
    key: transaction.key,
    origin: transaction.origin,
    transferable_at: iso(transaction.createdAt),
    created_at: iso(transaction.createdAt),
  };
}
