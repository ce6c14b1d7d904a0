import { messages } from '../../errors/messages.js';
import type { PaymentMethod } from '../methods/payment-method.js';

/** What is wrong with the currency and amount, against the method's limits for it (the seeds' limit tables). */
export function amountProblems(
  method: PaymentMethod,
  amount: number,
  currency: string,
  accountCurrency: string,
): string[] {
  const limit = method.limits[currency];
  // A Thai account's Alipay+ MPM takes THB only (capability-get.json 2025 lists it with ["THB"]); the seed's
  // SGD and MYR limits belong to Singapore and Malaysia accounts.
  if (!limit || currency !== accountCurrency) return [messages.currencyNotSupported];
  if (amount < limit.min) return [messages.amountAtLeast(limit.min)];
  if (amount > limit.max) return [messages.amountAtMost(limit.max)];
  return [];
}

/**
 * Several validation errors in one message, as Rails' `to_sentence` joins them and real Omise answers show:
 * "amount must be greater than or equal to 200 and phone_number must contain 10-11 digit characters",
 * "name cannot be blank, email is in invalid format, and phone_number must contain ..." (omise-woocommerce's
 * table of API messages), "currency is currently not supported and amount is not a number" (omise-php tests).
 */
export function toSentence(problems: readonly string[]): string {
  if (problems.length <= 2) return problems.join(' and ');
  return `${problems.slice(0, -1).join(', ')}, and ${problems[problems.length - 1]}`;
}
