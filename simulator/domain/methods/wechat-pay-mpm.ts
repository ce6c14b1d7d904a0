import type { PaymentMethod } from './payment-method.js';

// Seed: WeChat Pay MPM (Japanese docs). Limits table, 2 h default expiry with a custom 1 min to 2 h
// `expires_at` at source creation, five failure codes, refunds within 90 days (full, partial, several).
export const wechatPayMpm: PaymentMethod = {
  type: 'wechat_pay_mpm',
  flow: 'offline',
  interaction: 'merchant_presented_qr',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: false,
  limits: { THB: { min: 2000, max: 15000000 } },
  expiry: { defaultSeconds: 2 * 3600, minSeconds: 60, maxSeconds: 2 * 3600 },
  failureCodes: [
    'payment_expired',
    'payment_rejected',
    'insufficient_fund',
    'failed_processing',
    'invalid_account',
  ],
  voidWindow: null,
  refund: { windowDays: 90, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: 'qr',
  authorizeUri: false,
  countries: ['TH'],
  minApiVersion: '2017-11-02',
  source: 'seed "WeChat Pay MPM" (ja): 対応地域, 課金有効期限の設定, 失敗コード, 返金ポリシー',
};
