import type { ChargeRecord, RefundRecord } from '../records.js';

/**
 * A movement of the account's balance (docs.omise.co/transactions-api), derived from the charge or refund
 * that made it and named by the `transaction` id that object already carries: one source of truth.
 */
export interface TransactionRecord {
  readonly id: string;
  readonly direction: 'credit' | 'debit';
  /** What moved: `charge.captured.net` as omise-php's recorded transactions show it; `refund` (assumed). */
  readonly key: string;
  readonly amount: number;
  readonly currency: string;
  /** The charge or refund that made it. */
  readonly origin: string;
  readonly createdAt: number;
}

/** A paid charge credits its net (amount less fee and VAT) when it is paid or captured. */
export function chargeTransaction(charge: ChargeRecord): TransactionRecord | null {
  if (charge.transactionId === null) return null;
  return {
    id: charge.transactionId,
    direction: 'credit',
    key: 'charge.captured.net',
    amount: charge.net,
    currency: charge.currency,
    origin: charge.id,
    createdAt: charge.paidAt ?? charge.createdAt,
  };
}

/** A refund (a void too) debits the amount refunded: Omise keeps its fee on a refunded charge (assumed for voids). */
export function refundTransaction(refund: RefundRecord): TransactionRecord {
  return {
    id: refund.transactionId,
    direction: 'debit',
    key: 'refund',
    amount: refund.amount,
    currency: refund.currency,
    origin: refund.id,
    createdAt: refund.createdAt,
  };
}

/** Every transaction of these charges and refunds, oldest first (ties in the order given: charges first). */
export function accountTransactions(
  charges: Iterable<ChargeRecord>,
  refunds: Iterable<RefundRecord>,
): TransactionRecord[] {
  const transactions: TransactionRecord[] = [];
  for (const charge of charges) {
    const credit = chargeTransaction(charge);
    if (credit) transactions.push(credit);
  }
  for (const refund of refunds) transactions.push(refundTransaction(refund));
  // Array.prototype.sort is stable: equal times keep the order above.
  return transactions.sort((a, b) => a.createdAt - b.createdAt);
}

/** The balance in `currency`: credits less debits in it (the simulator converts no currency). */
export function balanceIn(
  charges: Iterable<ChargeRecord>,
  refunds: Iterable<RefundRecord>,
  currency: string,
): number {
  let total = 0;
  const add = (transaction: TransactionRecord | null) => {
    if (transaction === null || transaction.currency !== currency) return;
    total += transaction.direction === 'credit' ? transaction.amount : -transaction.amount;
  };
  for (const charge of charges) add(chargeTransaction(charge));
  for (const refund of refunds) add(refundTransaction(refund));
  return total;
}
