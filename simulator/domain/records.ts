// Domain records: what the simulator stores. Immutable; every change makes a new record, so an event can
// keep the records as they were when it happened. Times are epoch milliseconds. Wire shapes live in render/.

export type ChargeStatus = 'pending' | 'successful' | 'failed' | 'expired' | 'reversed';

export interface SourceRecord {
  readonly id: string;
  readonly type: string;
  readonly flow: string;
  readonly amount: number;
  /** Upper-case ISO 4217; API 2017-11-02 renders it lower-case. */
  readonly currency: string;
  readonly createdAt: number;
  readonly barcode: string | null;
  readonly phoneNumber: string | null;
  readonly ip: string | null;
  /** `expires_at` asked for when the source was created (WeChat Pay MPM allows it there). */
  readonly requestedExpiresAt: number | null;
  readonly chargeId: string | null;
}

export interface DocumentRecord {
  readonly id: string;
  readonly filename: string;
  /** The unguessable part of `download_uri`. */
  readonly token: string;
  readonly createdAt: number;
}

export interface ChargeRecord {
  readonly id: string;
  readonly amount: number;
  readonly currency: string;
  readonly sourceId: string;
  readonly sourceType: string;
  readonly status: ChargeStatus;
  readonly description: string | null;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly returnUri: string | null;
  readonly ip: string | null;
  readonly fee: number;
  readonly feeVat: number;
  readonly net: number;
  /** The account country's VAT on the fee when the charge was made (`transaction_fees.vat_rate`). */
  readonly vatPercent: string;
  /** The account country's currency when the charge was made. */
  readonly fundingCurrency: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly paidAt: number | null;
  readonly expiredAt: number | null;
  readonly reversedAt: number | null;
  readonly failureCode: string | null;
  readonly failureMessage: string | null;
  readonly transactionId: string | null;
  readonly refundedAmount: number;
  readonly voided: boolean;
  /** TrueMoney's payment reference (`pay2_test_...`), the last part of its authorize_uri. */
  readonly reference: string | null;
  readonly document: DocumentRecord | null;
  readonly webhookEndpoints: readonly string[] | null;
  /** Base URL of the simulator as the client reached it, for download_uri and authorize_uri. */
  readonly origin: string;
}

export interface RefundRecord {
  readonly id: string;
  readonly chargeId: string;
  readonly amount: number;
  readonly currency: string;
  readonly createdAt: number;
  readonly transactionId: string;
  /** A refund made inside the method's void window is a void. */
  readonly voided: boolean;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** A charge with everything its wire object embeds, as it was at one moment. */
export interface ChargeSnapshot {
  readonly charge: ChargeRecord;
  readonly source: SourceRecord;
  readonly refunds: readonly RefundRecord[];
}

export type EventKey =
  | 'charge.create'
  | 'charge.update'
  | 'charge.complete'
  | 'charge.expire'
  | 'charge.reverse'
  | 'refund.create';

export type EventData =
  | { readonly object: 'charge'; readonly snapshot: ChargeSnapshot }
  | { readonly object: 'refund'; readonly refund: RefundRecord };

export interface EventRecord {
  readonly id: string;
  readonly key: EventKey;
  readonly createdAt: number;
  readonly chargeId: string;
  readonly data: EventData;
}
