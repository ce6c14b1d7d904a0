export type OrderStatus = 'pending' | 'paid' | 'failed' | 'expired' | 'refunded' | 'partially_refunded';

export interface Order {
  readonly orderId: string;
  readonly chargeId: string;
  readonly amount: number;
  status: OrderStatus;
  fulfilments: number;
  refundedAmount: number;
  failureCode: string | null;
  /** Which charge events this backend has seen, to notice ones that arrive out of order. */
  readonly seenEvents: Set<string>;
  /** When it was created, by the backend's own clock. */
  readonly createdAt: number;
  /** When it was last brought in line with its charge, by the backend's own clock. */
  syncedAt: number;
  /** Refunds this backend made itself, by refund id. */
  readonly ownRefunds: Set<string>;
  /** Closed by the backend's own timer (the short-expiry-timer bug): nothing changes it any more. */
  closed: boolean;
}

/** The POS backend's own books: one order per checkout, keyed by order id and by charge id. */
export class Orders {
  readonly #byId = new Map<string, Order>();
  readonly #byCharge = new Map<string, Order>();

  add(orderId: string, chargeId: string, amount: number, createdAt: number): Order {
    const order: Order = {
      orderId,
      chargeId,
      amount,
      status: 'pending',
      fulfilments: 0,
      refundedAmount: 0,
      failureCode: null,
      seenEvents: new Set(),
      createdAt,
      syncedAt: createdAt,
      ownRefunds: new Set(),
      closed: false,
    };
    this.#byId.set(orderId, order);
    this.#byCharge.set(chargeId, order);
    return order;
  }

  get(orderId: string): Order | undefined {
    return this.#byId.get(orderId);
  }

  byCharge(chargeId: string): Order | undefined {
    return this.#byCharge.get(chargeId);
  }

  all(): Order[] {
    return [...this.#byId.values()];
  }
}
