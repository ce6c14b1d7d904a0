import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/rabbit-linepay: Thailand only, minimum API version 2017-11-02, a redirect flow: customers
// "are redirected from your website or mobile application to Rabbit LINE Pay's secure checkout page, where
// they authorize and confirm the payment" (a passcode in the app, or the LINE app scanning a QR on a
// desktop). Limits: Thailand's charge limits (docs.omise.co/currency-and-amount). Expiry, failure codes,
// fee: assumed like the other wallets; refunds: Omise's general rule (365 days after payment, partial); no
// void (FIDELITY.md).
export const rabbitLinepay: PaymentMethod = {
  type: 'rabbit_linepay',
  flow: 'redirect',
  interaction: 'redirect',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: true,
  limits: { THB: { min: 2000, max: 15000000 } },
  expiry: { defaultSeconds: 24 * 3600, minSeconds: 60, maxSeconds: 24 * 3600 },
  failureCodes: ['payment_expired', 'payment_rejected', 'failed_processing', 'insufficient_fund'],
  voidWindow: null,
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: null,
  authorizeUri: true,
  countries: ['TH'],
  minApiVersion: '2017-11-02',
  source: 'docs.omise.co/rabbit-linepay (How to enable, Payment flow); docs.omise.co/currency-and-amount',
};
