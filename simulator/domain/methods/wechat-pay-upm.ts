import type { PaymentMethod } from './payment-method.js';

// Seed: WeChat Pay User-Presented Mode (B scan C). Charge-only with the secret key and source[barcode];
// the example charge expires 24 h after creation, carries a QR document and fee 2475/173/net 147352 on
// 150000 (1.65% + 7% VAT); refunds within 90 days; limits 2000..15000000.
export const wechatPayUpm: PaymentMethod = {
  type: 'wechat_pay_upm',
  flow: 'offline',
  interaction: 'customer_presented_code',
  sourcesApi: false,
  sourceParams: ['barcode'],
  chargeRequiresReturnUri: false,
  limits: { THB: { min: 2000, max: 15000000 } },
  expiry: { defaultSeconds: 24 * 3600, minSeconds: 60, maxSeconds: 24 * 3600 },
  failureCodes: [
    'payment_expired',
    'payment_rejected',
    'invalid_account',
    'insufficient_fund',
    'failed_processing',
  ],
  voidWindow: null,
  refund: { windowDays: 90, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: 'payment_code_qr',
  authorizeUri: false,
  countries: ['TH'],
  minApiVersion: '2017-11-02',
  source: 'seed "User-Presented Mode (B scan C)" (en): Creating a charge, failure codes, Refunds, Limits',
};
