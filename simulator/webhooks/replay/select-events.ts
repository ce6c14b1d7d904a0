import type { EventRecord } from '../../domain/records.js';
import type { DeliveryLog } from '../delivery/delivery-log.js';

export interface EventSelection {
  /** Creation time range, epoch ms, both ends included. */
  readonly from?: number | null;
  readonly to?: number | null;
  readonly keys?: readonly string[] | null;
  /** Only events that were attempted and never delivered: "yesterday's failures". */
  readonly onlyFailed?: boolean;
}

/** The events to export or replay, in creation order. */
export function selectEvents(
  events: Iterable<EventRecord>,
  log: DeliveryLog,
  selection: EventSelection,
): EventRecord[] {
  const chosen: EventRecord[] = [];
  for (const event of events) {
    if (selection.from != null && event.createdAt < selection.from) continue;
    if (selection.to != null && event.createdAt > selection.to) continue;
    if (selection.keys && !selection.keys.includes(event.key)) continue;
    if (selection.onlyFailed && !neverDelivered(log, event.id)) continue;
    chosen.push(event);
  }
  return chosen;
}

function neverDelivered(log: DeliveryLog, eventId: string): boolean {
  const attempts = log.ofEvent(eventId);
  return attempts.length > 0 && !attempts.some((attempt) => attempt.delivered);
}
