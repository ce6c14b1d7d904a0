import type { DeliveryOrdering } from '../settings/webhook-settings.js';
import type { Delivery } from './delivery.js';

/**
 * Deliveries grouped by endpoint and charge, in creation order, for two rules:
 * - ordering per_charge: only the head of a group is under way; the next starts when it is done;
 * - the reorder fault: a held delivery lets the group's next delivery go ahead of it, then is released.
 * Every method returns the deliveries that may start now, in the order they should.
 */
export class DeliveryLanes {
  readonly #groups = new Map<string, Delivery[]>();

  add(delivery: Delivery, ordering: DeliveryOrdering): Delivery[] {
    let group = this.#groups.get(delivery.group);
    if (!group) {
      group = [];
      this.#groups.set(delivery.group, group);
    }
    const held = group.findIndex((other) => other.held);
    if (held >= 0) {
      unhold(group[held] as Delivery);
      group.splice(held, 0, delivery);
    } else {
      group.push(delivery);
    }
    if (delivery.held) delivery.state = 'held';
    return startable(group, ordering);
  }

  finish(delivery: Delivery, ordering: DeliveryOrdering): Delivery[] {
    const group = this.#groups.get(delivery.group);
    if (!group) return [];
    const index = group.indexOf(delivery);
    if (index >= 0) group.splice(index, 1);
    if (group.length === 0) this.#groups.delete(delivery.group);
    return startable(group, ordering);
  }

  /** The hold ran out before a later event came: it goes now (when its turn comes). */
  release(delivery: Delivery, ordering: DeliveryOrdering): Delivery[] {
    if (!delivery.held) return [];
    unhold(delivery);
    return startable(this.#groups.get(delivery.group) ?? [], ordering);
  }

  /** Every delivery in the lanes, group by group, each group in the order it goes. */
  all(): Delivery[] {
    return [...this.#groups.values()].flat();
  }

  clear(): void {
    this.#groups.clear();
  }
}

function unhold(delivery: Delivery): void {
  delivery.held = false;
  if (delivery.state === 'held') delivery.state = 'queued';
}

function startable(group: readonly Delivery[], ordering: DeliveryOrdering): Delivery[] {
  const waiting = (delivery: Delivery | undefined) => delivery?.state === 'queued';
  if (ordering === 'none') return group.filter(waiting);
  const head = group[0];
  return waiting(head) ? [head as Delivery] : [];
}
