import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/shopeepay (ShopeePay QR): Malaysia, Thailand and Singapore, minimum API version 2017-11-02,
// a redirect flow: "redirected from your website to ShopeePay's QR page, where they can scan the QR code and
// authorize and confirm the payment on their ShopeePay mobile app". Limits: each country's charge limits
// (docs.omise.co/currency-and-amount). Expiry, failure codes, fee: assumed like the other wallets; refunds:
// Omise's general rule (365 days after payment, partial); no void (FIDELITY.md).
export const shopeepay: PaymentMethod = {
  type: 'shopeepay',
  flow: 'redirect',
  interaction: 'redirect',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: true,
  limits: {
    THB: { min: 2000, max: 15000000 },
    SGD: { min: 100, max: 2000000 },
    MYR: { min: 100, max: 10000000 },
  },
  expiry: { defaultSeconds: 24 * 3600, minSeconds: 60, maxSeconds: 24 * 3600 },
  failureCodes: ['payment_expired', 'payment_rejected', 'failed_processing', 'insufficient_fund'],
  voidWindow: null,
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: null,
  authorizeUri: true,
  countries: ['TH', 'SG', 'MY'],
  minApiVersion: '2017-11-02',
  source: 'docs.omise.co/shopeepay (How to enable, Payment flow); docs.omise.co/currency-and-amount (limits)',
};
