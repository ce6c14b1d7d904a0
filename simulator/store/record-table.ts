import { ShardedMap } from '../shared/sharded-map.js';

/** What a write did to one record: `record` is the new value, or `undefined` when the record was deleted. */
export type RecordWrite = (kind: string, id: string, record: unknown) => void;

/**
 * One kind of record by id, in creation order: a Map in all but its storage, that tells its store about every
 * write. The store is the one place persistence hooks into (a persistent engine collects the writes of a
 * transaction from here), so a new kind of record is persisted by being a table, with no code of its own.
 * Its records are kept in a ShardedMap, so that a large table grows a sixteenth at a time, in its own order
 * (every Map method is here, in creation order as a Map's, but it is no longer `instanceof Map`).
 *
 * It also keeps its ids in creation order, and whether their creation times have never gone down (they do when
 * an account clock is set back): while they have not, a page of a list is found by binary search and cut in
 * O(page), however many records there are (`store/paginate.ts`).
 */
export class RecordTable<T> implements Map<string, T> {
  readonly kind: string;
  readonly #onWrite: RecordWrite;
  readonly #createdAt: ((record: T) => number) | undefined;
  readonly #records = new ShardedMap<T>();
  readonly #ids: string[] = [];
  #inTimeOrder = true;

  constructor(kind: string, onWrite: RecordWrite, createdAt?: (record: T) => number) {
    this.kind = kind;
    this.#onWrite = onWrite;
    this.#createdAt = createdAt;
  }

  /** True when records in creation order have non-decreasing creation times (never for an untimed table). */
  get inTimeOrder(): boolean {
    return this.#createdAt !== undefined && this.#inTimeOrder;
  }

  get size(): number {
    return this.#ids.length;
  }

  /** The record `index` places from the first created. */
  at(index: number): T | undefined {
    const id = this.#ids[index];
    return id === undefined ? undefined : this.#records.get(id);
  }

  get(id: string): T | undefined {
    return this.#records.get(id);
  }

  has(id: string): boolean {
    return this.#records.has(id);
  }

  set(id: string, record: T): this {
    this.#track(id, record);
    this.#records.set(id, record);
    this.#onWrite(this.kind, id, record);
    return this;
  }

  delete(id: string): boolean {
    const deleted = this.#records.delete(id);
    if (deleted) {
      this.#ids.splice(this.#ids.indexOf(id), 1); // O(n), but only customers and cards are ever deleted
      this.#onWrite(this.kind, id, undefined);
    }
    return deleted;
  }

  clear(): void {
    this.#records.clear();
    this.#ids.length = 0;
    this.#inTimeOrder = true;
  }

  /** The ids in creation order, as a Map's keys (a record written again keeps its place). */
  keys(): IterableIterator<string> {
    return this.#ids.values();
  }

  /** The records in creation order. */
  *values(): IterableIterator<T> {
    for (const id of this.#ids) yield this.#records.get(id) as T;
  }

  *entries(): IterableIterator<[string, T]> {
    for (const id of this.#ids) yield [id, this.#records.get(id) as T];
  }

  [Symbol.iterator](): IterableIterator<[string, T]> {
    return this.entries();
  }

  forEach(callback: (record: T, id: string, table: Map<string, T>) => void, thisArg?: unknown): void {
    for (const [id, record] of this.entries()) callback.call(thisArg, record, id, this);
  }

  get [Symbol.toStringTag](): string {
    return 'RecordTable';
  }

  #track(id: string, record: T): void {
    const createdAt = this.#createdAt;
    const previous = this.#records.get(id);
    if (previous !== undefined) {
      if (createdAt && createdAt(previous) !== createdAt(record)) this.#inTimeOrder = false;
      return;
    }
    const last = this.at(this.#ids.length - 1);
    if (createdAt && last !== undefined && createdAt(record) < createdAt(last)) this.#inTimeOrder = false;
    this.#ids.push(id);
  }
}
