import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/atome (Atome App Redirection): Thailand (its Thai page), Singapore and Malaysia, minimum API
// version 2017-11-02, a redirect flow to "Atome's secure checkout page where they authorize and confirm the
// payment" (an installment plan). The source carries the buyer's phone_number, a shipping address and the
// items, as omise-java's live Atome charge test makes it (shipping country, postal_code, street1; items with
// sku, name, amount, quantity); the charge has a return_uri and comes back with flow redirect. Limits:
// each country's charge limits (docs.omise.co/currency-and-amount). Expiry, failure codes, fee: assumed like
// Atome QR; refunds: Omise's general rule (365 days after payment, partial); no void (FIDELITY.md).
export const atome: PaymentMethod = {
  type: 'atome',
  flow: 'redirect',
  interaction: 'redirect',
  sourcesApi: true,
  sourceParams: ['phone_number', 'shipping', 'items'],
  chargeRequiresReturnUri: true,
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
  scannableCode: null,
  authorizeUri: true,
  countries: ['TH', 'SG', 'MY'],
  minApiVersion: '2017-11-02',
  source:
    'docs.omise.co/atome (How to enable, Payment flow); omise-java LiveChargeRequestTest (source params)',
};
