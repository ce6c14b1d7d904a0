import type { Invariant } from './invariant.js';

export const refundsAsAsked: Invariant = {
  name: 'refunds-as-asked',
  description:
    'the money Omise refunded for an order equals what the merchant was asked to refund and acknowledged',
  check({ charge, refunds, settled }) {
    if (!refunds) return null;
    const byMerchant = charge.refunded_amount - refunds.byStaff;
    if (byMerchant > refunds.asked) {
      return `Omise refunded ${byMerchant} for the merchant, which was asked to refund ${refunds.asked}`;
    }
    if (settled && byMerchant < refunds.acknowledged) {
      return `the merchant acknowledged refunds of ${refunds.acknowledged}, Omise refunded ${byMerchant}`;
    }
    return null;
  },
};
