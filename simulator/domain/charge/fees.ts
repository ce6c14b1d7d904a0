import type { FeeRule } from '../methods/payment-method.js';

export interface ChargeFees {
  readonly fee: number;
  readonly feeVat: number;
  readonly net: number;
}

/** fee = rate% of the amount, VAT on the fee, net = the rest: 150000 at 1.65% + 7% -> 2475, 173, 147352. */
export function computeFees(amount: number, rule: FeeRule): ChargeFees {
  const fee = Math.round((amount * Number(rule.ratePercent)) / 100);
  const feeVat = Math.round((fee * Number(rule.vatPercent)) / 100);
  return { fee, feeVat, net: amount - fee - feeVat };
}
