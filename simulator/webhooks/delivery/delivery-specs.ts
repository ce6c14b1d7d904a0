import type { EventRecord } from '../../domain/records.js';
import type { FaultConfig } from '../faults/fault-config.js';
import { type FaultCounters, type FaultPlan, NO_PLAN, planFaults } from '../faults/plan-faults.js';
import type { DeliveryKind } from './delivery.js';
import type { EventPayloads } from './event-payloads.js';
import { LazyPayload } from './lazy-payload.js';

/** A delivery to be made: one event to one endpoint, with its body, faults and ordering group. */
export interface DeliverySpec {
  readonly event: EventRecord;
  readonly url: string;
  readonly kind: DeliveryKind;
  /** The body, rendered when the first attempt starts. */
  readonly body: LazyPayload;
  readonly plan: FaultPlan;
  readonly group: string;
  readonly firstDueAt: number;
  readonly secret: string | null;
}

/** An event's deliveries: one per endpoint, bent by the faults that hit it, each followed by its copies. */
export function eventDeliveries(
  event: EventRecord,
  urls: readonly string[],
  payloads: EventPayloads,
  faults: FaultConfig,
  counters: FaultCounters,
): DeliverySpec[] {
  const payload = payloads.lazyPayload(event);
  const stale = faults.rules.some((rule) => rule.fault === 'stale_payload');
  const older = stale ? payloads.olderState(event) : null;
  const specs: DeliverySpec[] = [];
  for (const url of urls) {
    const plan = planFaults(faults, counters, { event, url, hasOlderState: older !== null });
    const body = plan.stale && older ? payloads.lazyPayload(event, older) : payload;
    const group = `${url}\n${event.chargeId}`;
    const firstDueAt = event.createdAt + plan.delayMs;
    specs.push({ event, url, group, secret: null, kind: 'event', body, plan, firstDueAt });
    if (plan.copies === 0) continue;
    const copy: DeliverySpec = {
      event,
      url,
      group,
      secret: null,
      kind: 'duplicate',
      body: payload,
      plan: NO_PLAN,
      firstDueAt: event.createdAt,
    };
    for (let i = 0; i < plan.copies; i++) specs.push(copy);
  }
  return specs;
}

/** Replays go now, untouched by faults, in an ordering group of their own per endpoint and charge. */
export function replayDeliveries(
  event: EventRecord,
  urls: readonly string[],
  payload: string,
  now: number,
  secret: string | null,
): DeliverySpec[] {
  const body = new LazyPayload(() => payload);
  return urls.map((url) => ({
    event,
    url,
    kind: 'replay',
    body,
    plan: NO_PLAN,
    group: `replay\n${url}\n${event.chargeId}`,
    firstDueAt: now,
    secret,
  }));
}
