import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/alipayplus-upm: Thailand and Singapore, minimum API version 2017-11-02; the customer shows
// a payment code that the merchant scans, and the merchant creates the charge (no source first) with it.
// The Alipay+ MPM seed's per-currency limits, expiry, failure codes, void cut-off and refund rule are
// assumed to hold for the user-presented mode of the same scheme (FIDELITY.md).
export const alipayplusUpm: PaymentMethod = {
  type: 'alipayplus_upm',
  flow: 'offline',
  interaction: 'customer_presented_code',
  sourcesApi: false,
  sourceParams: ['barcode'],
  chargeRequiresReturnUri: false,
  limits: {
    THB: { min: 2000, max: 15000000 },
    SGD: { min: 100, max: 2000000 },
  },
  expiry: { defaultSeconds: 24 * 3600, minSeconds: 60, maxSeconds: 24 * 3600 },
  failureCodes: ['payment_expired', 'payment_rejected', 'insufficient_fund', 'failed_processing'],
  voidWindow: { kind: 'until_utc_cutoff', hour: 16, minute: 15 },
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: null,
  authorizeUri: false,
  countries: ['TH', 'SG'],
  minApiVersion: '2017-11-02',
  source: 'docs.omise.co/alipayplus-upm (How to enable, Payment flow); seed Alipay+ MPM (limits, rules)',
};
