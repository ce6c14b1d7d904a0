import type { PaymentMethod } from './payment-method.js';

// Seed: Alipay+ Merchant-Presented Mode (Thai docs). TH/SG/MY with per-currency limits, the example
// charge expires 24 h after creation, four failure codes, void until 16:15 UTC of the transaction day,
// refunds (full or partial) within one year.
export const alipayplusMpm: PaymentMethod = {
  type: 'alipayplus_mpm',
  flow: 'offline',
  interaction: 'merchant_presented_qr',
  sourcesApi: true,
  sourceParams: [],
  chargeRequiresReturnUri: false,
  limits: {
    THB: { min: 2000, max: 15000000 },
    SGD: { min: 100, max: 2000000 },
    MYR: { min: 100, max: 3000000 },
  },
  expiry: { defaultSeconds: 24 * 3600, minSeconds: 60, maxSeconds: 24 * 3600 },
  failureCodes: ['payment_expired', 'payment_rejected', 'insufficient_fund', 'failed_processing'],
  voidWindow: { kind: 'until_utc_cutoff', hour: 16, minute: 15 },
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '1.65' },
  scannableCode: 'qr',
  authorizeUri: false,
  countries: ['TH', 'SG', 'MY'],
  minApiVersion: '2017-11-02',
  source: 'seed "Merchant-Presented Mode (C scan B)" (th): ขีดจำกัด, รหัสข้อผิดพลาด, การยกเลิกและการคืนเงิน',
};
