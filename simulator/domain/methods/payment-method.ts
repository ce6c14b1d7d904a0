/** Everything the seed documents say about one payment method, as data read by the generic lifecycle. */
export interface PaymentMethod {
  readonly type: string;
  readonly flow: 'offline' | 'redirect' | 'app_redirect';
  /** Who shows what to whom: the merchant's QR (C scan B), the customer's code (B scan C), or a redirect. */
  readonly interaction: 'merchant_presented_qr' | 'customer_presented_code' | 'redirect';
  /** Whether `POST /sources` may create it (false: charge-only, with `source[type]` and the secret key). */
  readonly sourcesApi: boolean;
  readonly sourceParams: readonly SourceParam[];
  readonly chargeRequiresReturnUri: boolean;
  /** Amount limits in the currency's subunits, per currency (upper-case ISO 4217). */
  readonly limits: Readonly<Record<string, AmountLimit>>;
  readonly expiry: ExpiryRule;
  readonly failureCodes: readonly string[];
  readonly voidWindow: VoidWindow | null;
  readonly refund: RefundRule;
  readonly fee: FeeRule;
  /** The `scannable_code` the charge carries, if any. */
  readonly scannableCode: 'qr' | 'payment_code_qr' | null;
  /** The QR document's own format (`qrcode.png`, `qrcode.svg`), served unless the client asks for the other. */
  readonly qrImage?: 'svg' | 'png';
  /** Redirect methods carry an `authorize_uri` on the simulator. */
  readonly authorizeUri: boolean;
  /** Whether the authorize page asks for an OTP sent to the source's phone (TrueMoney Wallet's legacy flow). */
  readonly authorizeWithOtp?: boolean;
  readonly countries: readonly string[];
  readonly minApiVersion: string;
  /** Which seed document (and section) each value came from, for FIDELITY.md and reviewers. */
  readonly source: string;
}

/** Source fields a method requires: `shipping` is an address hash, `items` a list of hashes (Atome). */
export type SourceParam = 'barcode' | 'phone_number' | 'shipping' | 'items';

export interface AmountLimit {
  readonly min: number;
  readonly max: number;
}

export interface ExpiryRule {
  readonly defaultSeconds: number;
  readonly minSeconds: number;
  readonly maxSeconds: number;
}

export type VoidWindow =
  /** Voidable until the next HH:MM UTC after payment (Alipay+: 16:15 UTC of the transaction day). */
  | { readonly kind: 'until_utc_cutoff'; readonly hour: number; readonly minute: number }
  /** Voidable until the end of the calendar day the charge was created on, in a given UTC offset. */
  | { readonly kind: 'same_day'; readonly utcOffsetHours: number };

export interface RefundRule {
  readonly windowDays: number;
  /** What the window counts from. */
  readonly from: 'paid_at' | 'created_at';
  readonly partial: boolean;
}

export interface FeeRule {
  /** Percent of the amount, as the API prints it (`transaction_fees.fee_rate`). VAT is the account country's. */
  readonly ratePercent: string;
}
