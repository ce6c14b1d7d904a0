import type { Account } from '../account/account.js';
import {
  accountTransactions,
  balanceIn,
  chargeTransaction,
  refundTransaction,
  type TransactionRecord,
} from '../domain/transaction/account-transactions.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { RecordTable } from '../store/record-table.js';

/** Every transaction of the account, oldest first, derived from its charges and refunds. */
export function transactionsOf(account: Account): TransactionRecord[] {
  return accountTransactions(account.store.charges.values(), account.store.refunds.values());
}

/** One transaction, found by walking the charges and refunds once (no list is built or sorted). */
export function findTransaction(account: Account, id: string): TransactionRecord {
  for (const charge of account.store.charges.values())
    if (charge.transactionId === id) return chargeTransaction(charge) as TransactionRecord;
  for (const refund of account.store.refunds.values())
    if (refund.transactionId === id) return refundTransaction(refund);
  throw omiseError('not_found', messages.notFound('transaction', id));
}

/** The account's balance in its own currency, and when the account was created. */
export function balanceOf(account: Account): { currency: string; total: number; createdAt: number } {
  const { currency } = account.context().country;
  const { charges, refunds } = account.store;
  return {
    currency,
    total: balanceIn(charges.values(), refunds.values(), currency),
    createdAt: accountCreatedAt(account),
  };
}

/**
 * When the account was created: the simulator makes an account on its first request, so this is the time of
 * its oldest record (a seeded history's included), or now on the account's clock while it has none. It needs
 * no state of its own and never comes after anything in the account.
 */
export function accountCreatedAt(account: Account): number {
  let oldest = account.clock.now();
  for (const table of account.store.tables as readonly RecordTable<{ readonly createdAt: number }>[]) {
    if (table.inTimeOrder) {
      const first = table.at(0);
      if (first && first.createdAt < oldest) oldest = first.createdAt;
      continue;
    }
    for (const record of table.values()) if (record.createdAt < oldest) oldest = record.createdAt;
  }
  return oldest;
}
