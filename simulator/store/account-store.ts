import type {
  ChargeRecord,
  ChargeSnapshot,
  EventRecord,
  RefundRecord,
  SourceRecord,
} from '../domain/records.js';

/** One account's records, in creation order. Dumb on purpose: rules live in domain/. */
export class AccountStore {
  readonly sources = new Map<string, SourceRecord>();
  readonly charges = new Map<string, ChargeRecord>();
  readonly refunds = new Map<string, RefundRecord>();
  readonly events = new Map<string, EventRecord>();
  readonly #refundsByCharge = new Map<string, RefundRecord[]>();
  readonly #eventsByCharge = new Map<string, EventRecord[]>();

  putSource(source: SourceRecord): void {
    this.sources.set(source.id, source);
  }

  putCharge(charge: ChargeRecord): void {
    this.charges.set(charge.id, charge);
  }

  addRefund(refund: RefundRecord): void {
    this.refunds.set(refund.id, refund);
    pushTo(this.#refundsByCharge, refund.chargeId, refund);
  }

  addEvent(event: EventRecord): void {
    this.events.set(event.id, event);
    pushTo(this.#eventsByCharge, event.chargeId, event);
  }

  /** Whether a source, charge, refund or event has this id. */
  holds(id: string): boolean {
    return this.charges.has(id) || this.events.has(id) || this.sources.has(id) || this.refunds.has(id);
  }

  refundsOf(chargeId: string): readonly RefundRecord[] {
    return this.#refundsByCharge.get(chargeId) ?? [];
  }

  eventsOf(chargeId: string): readonly EventRecord[] {
    return this.#eventsByCharge.get(chargeId) ?? [];
  }

  /** The charge with its source and refunds as they are now; undefined if there is no such charge. */
  snapshot(chargeId: string): ChargeSnapshot | undefined {
    const charge = this.charges.get(chargeId);
    const source = charge && this.sources.get(charge.sourceId);
    if (!charge || !source) return undefined;
    return { charge, source, refunds: this.refundsOf(chargeId) };
  }

  clear(): void {
    for (const map of [
      this.sources,
      this.charges,
      this.refunds,
      this.events,
      this.#refundsByCharge,
      this.#eventsByCharge,
    ]) {
      map.clear();
    }
  }
}

function pushTo<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}
