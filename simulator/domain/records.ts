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
  /** The source charged; null for a card charge. */
  readonly sourceId: string | null;
  /** The source's type, or `card` for a card charge (its rules are simulator/domain/methods/card.ts). */
  readonly sourceType: string;
  /** What a card charge adds; null for a source's charge. */
  readonly card: CardCharge | null;
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

/** The card part of a charge: which card, and how far the authorization went. */
export interface CardCharge {
  readonly cardId: string;
  readonly customerId: string | null;
  /** `capture` as asked at creation: false authorizes only (`authorization_type: pre_auth`). */
  readonly capture: boolean;
  readonly authorizedAt: number | null;
  /** What `POST /charges/:id/capture` took (all of it unless `capture_amount` said less); null until then. */
  readonly capturedAmount: number | null;
  /** The failure the test card number will give once 3-D Secure is passed (docs.omise.co/api-testing). */
  readonly pendingFailureCode: string | null;
}

/**
 * A card as the vault keeps it: made by `POST /tokens`, attached to a customer when a customer is made or
 * updated with the token (the same card id, as omise-php 2025 tokens-post.json and customers-post.json show).
 */
export interface CardRecord {
  readonly id: string;
  readonly customerId: string | null;
  readonly brand: string;
  readonly bank: string;
  readonly country: string;
  readonly financing: string;
  /** Same number, same fingerprint (base64 of a SHA-256, 44 characters like the recorded ones). */
  readonly fingerprint: string;
  readonly lastDigits: string;
  readonly name: string;
  readonly expirationMonth: number;
  readonly expirationYear: number;
  readonly city: string | null;
  readonly postalCode: string | null;
  readonly street1: string | null;
  readonly street2: string | null;
  readonly state: string | null;
  readonly phoneNumber: string | null;
  readonly securityCodeCheck: boolean;
  readonly createdAt: number;
  readonly deleted: boolean;
  /** The failure_code docs.omise.co/api-testing gives the number, or null when it charges successfully. */
  readonly failureCode: string | null;
  /** Whether a charge of this test number waits for 3-D Secure. */
  readonly threeDSecure: boolean;
}

export interface TokenRecord {
  readonly id: string;
  readonly cardId: string;
  /** True once a charge or a customer used it: a token is good for one use (`used_token`). */
  readonly used: boolean;
  readonly chargeId: string | null;
  readonly createdAt: number;
}

export interface CustomerRecord {
  readonly id: string;
  readonly email: string | null;
  readonly description: string | null;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly defaultCardId: string | null;
  readonly createdAt: number;
  readonly deleted: boolean;
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
  /** Null for a card charge. */
  readonly source: SourceRecord | null;
  /** Null for a source's charge. */
  readonly card: CardRecord | null;
  readonly refunds: readonly RefundRecord[];
}

export type EventKey =
  | 'charge.create'
  | 'charge.update'
  | 'charge.complete'
  | 'charge.expire'
  | 'charge.reverse'
  | 'charge.capture'
  | 'refund.create'
  | 'customer.create'
  | 'customer.update'
  | 'customer.destroy'
  | 'customer.update.card'
  | 'card.update'
  | 'card.destroy';

export type EventData =
  | { readonly object: 'charge'; readonly snapshot: ChargeSnapshot }
  | { readonly object: 'refund'; readonly refund: RefundRecord }
  | { readonly object: 'customer'; readonly customer: CustomerRecord; readonly cards: readonly CardRecord[] }
  | { readonly object: 'card'; readonly card: CardRecord };

export interface EventRecord {
  readonly id: string;
  readonly key: EventKey;
  readonly createdAt: number;
  /** The charge the event is about (for customer and card events: the customer), which orders its webhooks. */
  readonly chargeId: string;
  readonly data: EventData;
}
