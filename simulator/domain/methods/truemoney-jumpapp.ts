import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/truemoney-jumpapp: Thailand only, minimum API version 2017-11-02, an `app_redirect` flow:
// the customer is redirected to TrueMoney's checkout page or app, authorizes and confirms there, and comes
// back; "the payment will expire if a customer does not proceed to the application within 3 minutes",
// read as the charge's default expiry (assumed). Everything else is the TrueMoney Wallet seed's (the same
// wallet): limits, failure codes, same-day void, refunds within 30 days of creation (FIDELITY.md).
export const truemoneyJumpapp: PaymentMethod = {
  type: 'truemoney_jumpapp',
  flow: 'app_redirect',
  interaction: 'redirect',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: true,
  limits: { THB: { min: 2000, max: 10000000 } },
  expiry: { defaultSeconds: 3 * 60, minSeconds: 60, maxSeconds: 3 * 60 },
  failureCodes: ['payment_rejected', 'failed_processing', 'invalid_account', 'insufficient_fund'],
  voidWindow: { kind: 'same_day', utcOffsetHours: 7 },
  refund: { windowDays: 30, from: 'created_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: null,
  authorizeUri: true,
  countries: ['TH'],
  minApiVersion: '2017-11-02',
  source: 'docs.omise.co/truemoney-jumpapp (How to enable, Payment flow); seed TrueMoney Wallet (rules)',
};
