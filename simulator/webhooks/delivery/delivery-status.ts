import { isoOrNull } from '../../render/timestamps.js';
import type { Delivery } from './delivery.js';

/** Where an account's webhooks stand (`GET /_sim/webhooks/status`, `simulator.webhooks.status(account)`). */
export interface DeliveryStatus {
  /** Nothing is in flight or due now: what `idle()` waits for. Retries later on the clock don't count. */
  readonly idle: boolean;
  readonly in_flight: number;
  /** Attempts due now, waiting for a free slot or for an earlier retry to be decided. */
  readonly due: number;
  /** Deliveries waiting on the account clock (a retry or the delay fault). */
  readonly scheduled: number;
  /** Held back by the reorder fault. */
  readonly held: number;
  /** Waiting behind an earlier event of the same charge (ordering per_charge). */
  readonly queued: number;
  /** Deliveries not finished yet: zero once every delivery succeeded or used up its schedule. */
  readonly pending: number;
  /** Charges with a delivery not finished yet. */
  readonly pending_charges: readonly string[];
  /** The earliest time, on the account clock, at which a scheduled or held delivery moves again. */
  readonly next_attempt_at: string | null;
  readonly next_attempt_at_ms: number | null;
  readonly delivered: number;
  /** Deliveries given up after the last attempt of the schedule failed. */
  readonly failed: number;
  readonly attempts: number;
}

export interface QueueCounts {
  readonly due: number;
  readonly open: number;
  readonly delivered: number;
  readonly failed: number;
  readonly attempts: number;
}

export function deliveryStatus(live: Iterable<Delivery>, counts: QueueCounts): DeliveryStatus {
  let scheduled = 0;
  let held = 0;
  let queued = 0;
  let pending = 0;
  let next: number | null = null;
  const charges = new Set<string>();
  for (const delivery of live) {
    pending++;
    charges.add(delivery.event.chargeId);
    if (delivery.state === 'scheduled') scheduled++;
    if (delivery.state === 'held') held++;
    if (delivery.state === 'queued') queued++;
    const moves =
      delivery.state === 'scheduled' ? delivery.nextAt : delivery.held ? delivery.holdUntil : null;
    if (moves !== null && (next === null || moves < next)) next = moves;
  }
  return {
    idle: counts.due === 0 && counts.open === 0,
    in_flight: counts.open,
    due: counts.due,
    scheduled,
    held,
    queued,
    pending,
    pending_charges: [...charges],
    next_attempt_at: isoOrNull(next),
    next_attempt_at_ms: next,
    delivered: counts.delivered,
    failed: counts.failed,
    attempts: counts.attempts,
  };
}
