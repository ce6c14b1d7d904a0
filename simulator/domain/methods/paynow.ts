import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/paynow: Singapore only, minimum API version 2017-11-02, an offline flow where the customer
// scans the charge's QR with a participating bank's app. omise-go's recorded PayNow charge
// (chrg_test_5nvdpnapyle90ejudk8-get.json, 2021): SGD, fee 4000 on 400000 (1 %) with fee_vat 0, a
// `qrcode.png` document, expires_at 7 days after created_at. Limits: Singapore's charge limits on
// docs.omise.co/currency-and-amount (S$1.00..S$20,000.00). Failure codes and refunds: assumed (FIDELITY.md).
export const paynow: PaymentMethod = {
  type: 'paynow',
  flow: 'offline',
  interaction: 'merchant_presented_qr',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: false,
  limits: { SGD: { min: 100, max: 2000000 } },
  expiry: { defaultSeconds: 7 * 24 * 3600, minSeconds: 60, maxSeconds: 7 * 24 * 3600 },
  failureCodes: ['payment_expired', 'payment_rejected', 'failed_processing'],
  voidWindow: null,
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.0' },
  scannableCode: 'qr',
  qrImage: 'png',
  authorizeUri: false,
  countries: ['SG'],
  minApiVersion: '2017-11-02',
  source:
    'docs.omise.co/paynow (How to enable, Payment flow); omise-go charges/chrg_test_5nvdpnapyle90ejudk8-get.json',
};
