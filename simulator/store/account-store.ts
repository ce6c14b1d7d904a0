import type {
  CardRecord,
  ChargeRecord,
  ChargeSnapshot,
  CustomerRecord,
  EventRecord,
  RefundRecord,
  SourceRecord,
  TokenRecord,
} from '../domain/records.js';
import { ShardedMap } from '../shared/sharded-map.js';
import { IdLookup } from './id-lookup.js';
import { RecordTable, type RecordWrite } from './record-table.js';

const createdAt = (record: { readonly createdAt: number }) => record.createdAt;

/**
 * One account's records, in creation order. Dumb on purpose: rules live in domain/. Every kind of record is a
 * `RecordTable`, and every write to any of them reaches the listeners of `onWrite` (how persistent engines
 * learn what a transaction changed).
 */
export class AccountStore {
  readonly #writeListeners = new Set<RecordWrite>();
  readonly #notify: RecordWrite = (kind, id, record) => {
    this.#index(kind, id, record);
    this.#ids.noteWrite(kind, id, record);
    for (const listener of this.#writeListeners) listener(kind, id, record);
  };
  readonly sources = new RecordTable<SourceRecord>('source', this.#notify, createdAt);
  readonly charges = new RecordTable<ChargeRecord>('charge', this.#notify, createdAt);
  readonly refunds = new RecordTable<RefundRecord>('refund', this.#notify, createdAt);
  readonly events = new RecordTable<EventRecord>('event', this.#notify, createdAt);
  readonly tokens = new RecordTable<TokenRecord>('token', this.#notify, createdAt);
  readonly cards = new RecordTable<CardRecord>('card', this.#notify, createdAt);
  readonly customers = new RecordTable<CustomerRecord>('customer', this.#notify, createdAt);
  readonly #refundsByCharge = new ShardedMap<RefundRecord[]>();
  readonly #eventsByCharge = new ShardedMap<EventRecord[]>();
  readonly #ids = new IdLookup(this.tables);

  /** Every table, by kind. */
  get tables(): readonly RecordTable<unknown>[] {
    return [
      this.sources,
      this.charges,
      this.refunds,
      this.events,
      this.tokens,
      this.cards,
      this.customers,
    ] as RecordTable<unknown>[];
  }

  /** Hears every write to every table; returns a function that stops listening. */
  onWrite(listener: RecordWrite): () => void {
    this.#writeListeners.add(listener);
    return () => this.#writeListeners.delete(listener);
  }

  putSource(source: SourceRecord): void {
    this.sources.set(source.id, source);
  }

  putCharge(charge: ChargeRecord): void {
    this.charges.set(charge.id, charge);
  }

  addRefund(refund: RefundRecord): void {
    this.refunds.set(refund.id, refund);
  }

  addEvent(event: EventRecord): void {
    this.events.set(event.id, event);
  }

  /**
   * Keeps the per-charge indexes right for every write, whoever makes it (an operation, or an engine applying
   * rows another instance committed): a record written again replaces itself in place.
   */
  #index(kind: string, id: string, record: unknown): void {
    const index =
      kind === this.refunds.kind
        ? this.#refundsByCharge
        : kind === this.events.kind
          ? this.#eventsByCharge
          : null;
    if (index) reindex(index, id, record as { id: string; chargeId: string } | undefined);
  }

  /** Whether any record has this id. */
  holds(id: string): boolean {
    return this.#ids.holds(id);
  }

  /** A customer's cards that are not deleted, in the order they were attached. */
  cardsOf(customerId: string): CardRecord[] {
    return this.cards.toArray().filter((card) => card.customerId === customerId && !card.deleted);
  }

  refundsOf(chargeId: string): readonly RefundRecord[] {
    return this.#refundsByCharge.get(chargeId) ?? [];
  }

  eventsOf(chargeId: string): readonly EventRecord[] {
    return this.#eventsByCharge.get(chargeId) ?? [];
  }

  /** The charge with its source or card and refunds as they are now; undefined if there is no such charge. */
  snapshot(chargeId: string): ChargeSnapshot | undefined {
    const charge = this.charges.get(chargeId);
    if (!charge) return undefined;
    const source = charge.sourceId === null ? null : (this.sources.get(charge.sourceId) ?? null);
    const card = charge.card === null ? null : (this.cards.get(charge.card.cardId) ?? null);
    if (source === null && card === null) return undefined;
    return { charge, source, card, refunds: this.refundsOf(chargeId) };
  }

  /** Empties every table and index (an account reset; listeners hear no per-record writes for it). */
  clear(): void {
    for (const map of [...this.tables, this.#refundsByCharge, this.#eventsByCharge]) map.clear();
    this.#ids.reset();
  }
}

function reindex<T extends { id: string; chargeId: string }>(
  index: ShardedMap<T[]>,
  id: string,
  record: T | undefined,
): void {
  if (record === undefined) {
    for (const list of index.values()) {
      const at = list.findIndex((item) => item.id === id);
      if (at >= 0) list.splice(at, 1);
    }
    return;
  }
  const list = index.get(record.chargeId);
  if (!list) return void index.set(record.chargeId, [record]);
  const at = list.findIndex((item) => item.id === id);
  if (at >= 0) list[at] = record;
  else list.push(record);
}
