import type { PaymentMethod } from './payment-method.js';

// Seed: TrueMoney Wallet (Japanese docs). Redirect flow with OTP: source with phone_number (pkey), charge
// with return_uri (skey); the example charge expires 7 days after creation and carries authorize_uri;
// four failure codes; void only on the day the charge was created, refunds within 30 days of creation.
// Limits are not in the seed: 20.00 to 100,000.00 THB assumed (FIDELITY.md).
export const truemoney: PaymentMethod = {
  type: 'truemoney',
  flow: 'redirect',
  interaction: 'redirect',
  sourcesApi: true,
  sourceParams: ['phone_number'],
  chargeRequiresReturnUri: true,
  limits: { THB: { min: 2000, max: 10000000 } },
  expiry: { defaultSeconds: 7 * 24 * 3600, minSeconds: 60, maxSeconds: 7 * 24 * 3600 },
  failureCodes: ['payment_rejected', 'failed_processing', 'invalid_account', 'insufficient_fund'],
  voidWindow: { kind: 'same_day', utcOffsetHours: 7 },
  refund: { windowDays: 30, from: 'created_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: null,
  authorizeUri: true,
  authorizeWithOtp: true,
  countries: ['TH'],
  minApiVersion: '2017-11-02',
  source: 'seed "TrueMoneyウォレット" (ja): 決済フロー, 課金を作成する, failure codes, 返金',
};
