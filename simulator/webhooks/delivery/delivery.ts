import type { EventRecord } from '../../domain/records.js';
import type { FaultPlan } from '../faults/plan-faults.js';
import type { DeliverySpec } from './delivery-specs.js';
import type { LazyPayload } from './lazy-payload.js';

/** `event`: the delivery every event gets; `duplicate`: a copy made by a fault; `replay`: asked for later. */
export type DeliveryKind = 'event' | 'duplicate' | 'replay';

/**
 * - queued: behind an earlier event of the same charge (ordering per_charge);
 * - held: kept back by the reorder fault;
 * - scheduled: waiting on the account clock for a retry or a delay;
 * - due: its attempt is due and waits for a free slot;
 * - in_flight: the request is open;
 * - delivered / failed: done (failed: every attempt of the schedule failed).
 */
export type DeliveryState = 'queued' | 'held' | 'scheduled' | 'due' | 'in_flight' | 'delivered' | 'failed';

/** One event on its way to one endpoint, through as many attempts as it takes. */
export interface Delivery {
  /** Numbers the account's deliveries; every attempt of a delivery carries it. */
  readonly number: number;
  readonly event: EventRecord;
  readonly url: string;
  /** Signs every attempt instead of the account's settings (a replay to another URL with its own secret). */
  readonly secret: string | null;
  readonly payload: string;
  readonly kind: DeliveryKind;
  readonly plan: FaultPlan;
  /** Deliveries of one group go out in creation order: same endpoint, same charge. */
  readonly group: string;
  /** When the first attempt is due (the event's time, later with the delay fault). */
  readonly firstDueAt: number;
  held: boolean;
  /** When the reorder fault's hold runs out if no later event came; null when not held. */
  readonly holdUntil: number | null;
  state: DeliveryState;
  attempts: number;
  /** When the next attempt is due while scheduled; null otherwise. */
  nextAt: number | null;
  cancelScheduled: (() => void) | null;
}

/**
 * A delivery not started yet (its body made when first read); the reorder fault's hold counts from the
 * event's time. A class, not an object literal with a spread and a getter: one is made per event and
 * endpoint, and the literal cost a few µs each.
 */
export function createDelivery(number: number, spec: DeliverySpec): Delivery {
  return new NewDelivery(number, spec);
}

class NewDelivery implements Delivery {
  readonly number: number;
  readonly event: EventRecord;
  readonly url: string;
  readonly secret: string | null;
  readonly kind: DeliveryKind;
  readonly plan: FaultPlan;
  readonly group: string;
  readonly firstDueAt: number;
  held: boolean;
  readonly holdUntil: number | null;
  state: DeliveryState = 'queued';
  attempts = 0;
  nextAt: number | null = null;
  cancelScheduled: (() => void) | null = null;
  readonly #body: LazyPayload;

  constructor(number: number, spec: DeliverySpec) {
    this.number = number;
    this.event = spec.event;
    this.url = spec.url;
    this.secret = spec.secret;
    this.kind = spec.kind;
    this.plan = spec.plan;
    this.group = spec.group;
    this.firstDueAt = spec.firstDueAt;
    this.#body = spec.body;
    const holdMs = spec.plan.holdMs;
    this.held = holdMs !== null;
    this.holdUntil = holdMs === null ? null : spec.event.createdAt + holdMs;
  }

  get payload(): string {
    return this.#body.text;
  }
}
