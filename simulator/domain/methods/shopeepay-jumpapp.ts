import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/shopeepay-jumpapp (ShopeePay App Redirection): Thailand, Singapore and Malaysia, minimum API
// version 2017-11-02, an app redirect flow: "unlike the standard ShopeePay redirect flow (which opens a
// browser-based QR page), this method redirects the customer directly into the ShopeePay mobile application
// to authorize and confirm the payment". Expiry: 7 days, as the recorded app_redirect charges (omise-swift's
// mobile_banking_scb, omise-php's 2025 wechat_pay); every other rule is ShopeePay QR's (shopeepay.ts).
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
  expiry: { defaultSeconds: 7 * 24 * 3600, minSeconds: 60, maxSeconds: 7 * 24 * 3600 },
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
