/** The method's rate and the account country's VAT, as `transaction_fees` prints them. */
export interface FeeTerms {
  readonly ratePercent: string;
  readonly vatPercent: string;
}

export interface ChargeFees {
  readonly fee: number;
  readonly feeVat: number;
  readonly net: number;
}

/** fee = rate% of the amount, VAT on the fee, net = the rest: 150000 at 1.65% + 7% -> 2475, 173, 147352. */
export function computeFees(amount: number, rule: FeeTerms): ChargeFees {
  const fee = Math.round((amount * Number(rule.ratePercent)) / 100);
  const feeVat = Math.round((fee * Number(rule.vatPercent)) / 100);
  return { fee, feeVat, net: amount - fee - feeVat };
}
