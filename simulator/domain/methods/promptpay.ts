import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/promptpay: Thailand only, minimum API version 2017-11-02, an offline flow where the customer
// scans the charge's QR with a banking app; the QR image is an SVG document (a live charge's
// `charge.complete` event, 2023: `scannable_code.image.filename: "qrcode.svg"`, fee_rate "1.65").
// Limits 20.00..150,000.00 THB: Omise's own page gives no table in our copy; 20 THB is the account-wide
// `capability.limits.charge_amount.min` and 150,000 THB the maximum Worldline documents for its Omise-acquired
// PromptPay (FIDELITY.md). Expiry, failure codes and refund window: assumed like the QR seeds (FIDELITY.md).
export const promptpay: PaymentMethod = {
  type: 'promptpay',
  flow: 'offline',
  interaction: 'merchant_presented_qr',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: false,
  limits: { THB: { min: 2000, max: 15000000 } },
  expiry: { defaultSeconds: 24 * 3600, minSeconds: 60, maxSeconds: 24 * 3600 },
  failureCodes: ['payment_expired', 'payment_rejected', 'failed_processing'],
  voidWindow: null,
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: 'qr',
  authorizeUri: false,
  countries: ['TH'],
  minApiVersion: '2017-11-02',
  source: 'docs.omise.co/promptpay (How to enable, Payment flow); live charge.complete event (2023)',
};
