/** What a merchant integration gets to reach the simulator: one fresh, isolated account per run. */
export interface SimulatorAccess {
  /** The simulator's base URL: `${baseUrl}/charges` is the Omise API (in-process runs use a made-up host). */
  readonly baseUrl: string;
  /** A fetch that reaches the simulator (in-process when the harness runs it in-process). */
  readonly fetch: typeof fetch;
  readonly publicKey: string;
  readonly secretKey: string;
  /** The account's webhook secret (base64, as the Omise dashboard shows it) for verifying signatures. */
  readonly webhookSecret: string;
}

export type WebhookTarget =
  /** In-process: the harness calls the merchant's webhook handler directly. */
  | { readonly webhook: (request: Request) => Promise<Response> }
  /** Over HTTP: the simulator POSTs webhooks to this URL. */
  | { readonly webhookUrl: string };

export interface CheckoutOrder {
  readonly orderId: string;
  readonly amount: number;
  readonly currency: string;
  readonly method: string;
  readonly barcode?: string;
  readonly phoneNumber?: string;
  /** A card checkout: the token the customer's browser made on the vault (Omise.js), to charge. */
  readonly card?: string;
}

export type MerchantOrderStatus =
  | 'pending'
  | 'paid'
  | 'failed'
  | 'expired'
  | 'refunded'
  | 'partially_refunded';

export interface MerchantOrder {
  readonly status: MerchantOrderStatus;
  readonly fulfilments: number;
  readonly refundedAmount: number;
  /** Why the order failed, when the merchant records it; checked against the charge's failure_code if given. */
  readonly failureCode?: string | null;
}

/**
 * The merchant integration the scenarios drive. When the simulator refuses a request (an amount outside the
 * method's limits, a refund larger than what remains), `checkout` and `refund` may throw or resolve: both are
 * correct, as long as the merchant's books do not change.
 */
export interface MerchantUnderTest {
  start(sim: SimulatorAccess): Promise<WebhookTarget>;
  checkout(order: CheckoutOrder): Promise<{ chargeId: string }>;
  order(orderId: string): Promise<MerchantOrder>;
  refund?(orderId: string, amount: number): Promise<void>;
  stop?(): Promise<void>;
  /**
   * Resolves once the merchant has applied everything it acknowledged (a webhook answered 2xx and handled
   * in a background worker, say). With it, invariants are read right after; without it, a broken rule may
   * take up to `graceMs` to become true again before it counts.
   */
  settled?(): Promise<void>;
  /** The merchant's own clock: the scenario time, at the start and after every move of the account clock. */
  tick?(now: Date): Promise<void>;
  /** The customer's browser comes back from a redirect payment (TrueMoney) to the charge's `return_uri`. */
  browserReturn?(returnUri: string): Promise<void>;
  /** The merchant's own timeout for Omise API calls (ms), if it has one: answers later than that are tried. */
  readonly apiTimeoutMs?: number;
  /** A running service: without a simulator given, the harness serves one over HTTP for it. */
  readonly remote?: boolean;
  /** Where it runs, for replay commands in reports (httpMerchant sets it). */
  readonly url?: string;
}
