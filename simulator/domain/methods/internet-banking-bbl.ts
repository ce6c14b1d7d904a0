import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/internet-banking (Bangkok Bank, Bualuang iBanking): Thailand only, a redirect flow: customers "are redirected
// from your website to authorize and confirm the charge", then back to the return_uri. The page still lists
// internet_banking_bay and internet_banking_bbl (minimum API version 2014-07-27; the source-then-charge
// form from 2017-11-02); omise-php's 2025 recording charges-get.json has an internet_banking_bay charge:
// flow redirect, authorize_uri and return_uri, expired about 24 hours after creation. Limits: Thailand's
// charge limits (docs.omise.co/currency-and-amount). Failure codes, fee: assumed like the other Thai
// methods; refunds: Omise's general rule (365 days after payment, partial); no void (FIDELITY.md).
export const internetBankingBbl: PaymentMethod = {
  type: 'internet_banking_bbl',
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
  source: 'docs.omise.co/internet-banking (Supported banks, Payment flow); omise-php charges-get.json (2025)',
};
