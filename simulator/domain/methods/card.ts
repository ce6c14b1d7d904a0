import type { PaymentMethod } from './payment-method.js';

// Card charges, read by the same generic lifecycle as the source methods (flags, refunds, expiry, fees).
// omise-php 2025 charges-post.json / capture-post.json: fee_rate 3.65, an authorization expires 7 days after
// it is made (expires_at = created_at + 7 d, on captured charges too), can_perform_void right after capture.
// capability-get.json lists `card` with these currencies. Limits beyond THB, the refund window and the
// same-day void are assumed (FIDELITY.md).
export const card: PaymentMethod = {
  type: 'card',
  flow: 'redirect',
  interaction: 'redirect',
  sourcesApi: false,
  sourceParams: [],
  chargeRequiresReturnUri: false,
  limits: Object.fromEntries(
    ['THB', 'JPY', 'USD', 'EUR', 'GBP', 'SGD', 'AUD', 'CHF', 'CNY', 'DKK', 'HKD', 'MYR'].map((currency) => [
      currency,
      { min: currency === 'THB' ? 2000 : 100, max: 500000000000 },
    ]),
  ),
  expiry: { defaultSeconds: 7 * 24 * 3600, minSeconds: 7 * 24 * 3600, maxSeconds: 7 * 24 * 3600 },
  failureCodes: [
    'insufficient_fund',
    'stolen_or_lost_card',
    'failed_processing',
    'payment_rejected',
    'failed_fraud_check',
    'invalid_security_code',
  ],
  voidWindow: { kind: 'same_day', utcOffsetHours: 7 },
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '3.65' },
  scannableCode: null,
  authorizeUri: false,
  countries: ['TH', 'SG', 'JP', 'MY'],
  minApiVersion: '2014-07-27',
  source:
    'omise-php 2025 fixtures charges-post.json, capture-post.json, capability-get.json; docs.omise.co/api-testing',
};
