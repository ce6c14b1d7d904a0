import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/atome-qr: Thailand, Singapore and Malaysia, minimum API version 2017-11-02, an offline flow
// where the merchant's POS shows the QR and the customer scans it with the Atome app (source `atome_qr`,
// then a charge). Limits: each country's charge limits on docs.omise.co/currency-and-amount. Expiry,
// failure codes, fee and refunds: assumed like Alipay+ MPM (FIDELITY.md).
export const atomeQr: PaymentMethod = {
  type: 'atome_qr',
  flow: 'offline',
  interaction: 'merchant_presented_qr',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: false,
  limits: {
    THB: { min: 2000, max: 15000000 },
    SGD: { min: 100, max: 2000000 },
    MYR: { min: 100, max: 10000000 },
  },
  expiry: { defaultSeconds: 24 * 3600, minSeconds: 60, maxSeconds: 24 * 3600 },
  failureCodes: ['payment_expired', 'payment_rejected', 'failed_processing'],
  voidWindow: null,
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: 'qr',
  authorizeUri: false,
  countries: ['TH', 'SG', 'MY'],
  minApiVersion: '2017-11-02',
  source:
    'docs.omise.co/atome-qr (How to enable, Payment flow); docs.omise.co/currency-and-amount (charge limits)',
};
