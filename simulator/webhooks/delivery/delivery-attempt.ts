import type { DeliveryKind } from './delivery.js';

/** One attempt, as the delivery log keeps it: what was sent, where, and what came back. */
export interface DeliveryAttempt {
  /** `whdl_test_...`, also sent in the `Omise-Sim-Delivery` request header. */
  readonly id: string;
  readonly eventId: string;
  readonly chargeId: string;
  readonly key: string;
  readonly uri: string;
  readonly delivery: number;
  readonly kind: DeliveryKind;
  /** 1 for the first attempt of its delivery. */
  readonly attempt: number;
  /** Account-clock time of the attempt (what the signature timestamp is made from). */
  readonly createdAt: number;
  readonly status: number | null;
  readonly error: string | null;
  readonly delivered: boolean;
  readonly payload: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly signature: string;
  readonly signatureTimestamp: number;
  /** Faults that shaped this attempt (`dropped` means it never left the simulator). */
  readonly faults: readonly string[];
  readonly nextRetryAt: number | null;
  readonly responseBody: string | null;
  readonly durationMs: number;
}
