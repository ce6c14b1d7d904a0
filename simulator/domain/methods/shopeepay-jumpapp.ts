import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/shopeepay-jumpapp (ShopeePay App Redirection): Thailand, Singapore and Malaysia, minimum API
// version 2017-11-02, an app redirect flow: "unlike the standard ShopeePay redirect flow (which opens a
// browser-based QR page), this method redirects the customer directly into the ShopeePay mobile application
// to authorize and confirm the payment". Every rule is ShopeePay QR's (shopeepay.ts, FIDELITY.md).
export const shopeepayJumpapp: PaymentMethod = {
  type: 'shopeepay_jumpapp',
  flow: 'app_redirect',
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
  source:
    'docs.omise.co/shopeepay-jumpapp (How to enable, Payment flow); docs.omise.co/currency-and-amount (limits)',
};
