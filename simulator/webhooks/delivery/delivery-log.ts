import { ShardedMap } from '../../shared/sharded-map.js';
import type { DeliveryAttempt } from './delivery-attempt.js';

export interface DeliveryFilter {
  readonly event?: string;
  readonly charge?: string;
  readonly key?: string;
  readonly uri?: string;
  readonly delivered?: boolean;
}

/** Every attempt of an account, in the order they finished; nothing is dropped until the account is reset. */
export class DeliveryLog {
  readonly #attempts: DeliveryAttempt[] = [];
  // One entry per event delivered: sharded, so that it grows a sixteenth at a time (see ShardedMap).
  readonly #byEvent = new ShardedMap<DeliveryAttempt[]>();

  get size(): number {
    return this.#attempts.length;
  }

  add(attempt: DeliveryAttempt): void {
    this.#attempts.push(attempt);
    const list = this.#byEvent.get(attempt.eventId);
    if (list) list.push(attempt);
    else this.#byEvent.set(attempt.eventId, [attempt]);
  }

  ofEvent(eventId: string): readonly DeliveryAttempt[] {
    return this.#byEvent.get(eventId) ?? [];
  }

  list(filter: DeliveryFilter = {}): DeliveryAttempt[] {
    const source = filter.event === undefined ? this.#attempts : this.ofEvent(filter.event);
    return source.filter(
      (attempt) =>
        (filter.charge === undefined || attempt.chargeId === filter.charge) &&
        (filter.key === undefined || attempt.key === filter.key) &&
        (filter.uri === undefined || attempt.uri === filter.uri) &&
        (filter.delivered === undefined || attempt.delivered === filter.delivered),
    );
  }
}
