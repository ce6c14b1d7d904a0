import type { PaymentMethod } from './payment-method.js';

// Seed: WeChat Pay (barcode), the older Quick Pay integration (Thai docs). Charge-only with the secret
// key and source[barcode]; the example charge expires 7 days after creation with fee 0 and net = amount,
// and no scannable code; its own failure codes (payment_cancelled, insufficient_balance); refunds
// (full or partial) within 365 days; limits 2000..15000000.
export const barcodeWechat: PaymentMethod = {
  type: 'barcode_wechat',
  flow: 'offline',
  interaction: 'customer_presented_code',
  sourcesApi: false,
  sourceParams: ['barcode'],
  chargeRequiresReturnUri: false,
  limits: { THB: { min: 2000, max: 15000000 } },
  expiry: { defaultSeconds: 7 * 24 * 3600, minSeconds: 60, maxSeconds: 7 * 24 * 3600 },
  failureCodes: ['payment_cancelled', 'failed_processing', 'insufficient_balance', 'payment_rejected'],
  voidWindow: null,
  refund: { windowDays: 365, from: 'paid_at', partial: true },
  fee: { ratePercent: '0.0' },
  scannableCode: null,
  authorizeUri: false,
  countries: ['TH'],
  minApiVersion: '2017-11-02',
  source: 'seed "วีแชทเพย์ (บาร์โค้ด)" (th): สร้างรายการรับชำระเงิน, สาเหตุขัดข้อง, การยกเลิกและการคืนเงิน, ข้อจำกัด',
};
