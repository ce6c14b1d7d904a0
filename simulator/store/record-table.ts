import { ShardedMap } from '../shared/sharded-map.js';

/** What a write did to one record: `record` is the new value, or `undefined` when the record was deleted. */
export type RecordWrite = (kind: string, id: string, record: unknown) => void;

/**
 * One kind of record by id, in creation order: a Map in all but its storage, that tells its store about every
 * write. The store is the one place persistence hooks into (a persistent engine collects the writes of a
 * transaction from here), so a new kind of record is persisted by being a table, with no code of its own.
 * Every Map method is here, in a Map's order (creation; a record written again keeps its place), but it is not
 * `instanceof Map`.
 *
 * The records are an array in creation order, next to their ids, and found by id through a ShardedMap of their
 * places: a large table's index grows a sixteenth at a time (no create waits for all of it to be rehashed),
 * and walking every record (a balance, a snapshot) reads the array in order, as fast as a Map's own walk.
 * Whether their creation times have never gone down is kept too (they do when an account clock is set back):
 * while they have not, a page of a list is found by binary search and cut in O(page), however many records
 * there are (`store/paginate.ts`).
 */
export class RecordTable<T> implements Map<string, T> {
  readonly kind: string;
  readonly #onWrite: RecordWrite;
  readonly #createdAt: ((record: T) => number) | undefined;
  readonly #ids: string[] = [];
  readonly #records: T[] = [];
  /** Each id's index in #ids and #records. */
  readonly #places = new ShardedMap<number>();
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
    return this.#records[index];
  }

  get(id: string): T | undefined {
    const place = this.#places.get(id);
    return place === undefined ? undefined : this.#records[place];
  }

  has(id: string): boolean {
    return this.#places.has(id);
  }

  set(id: string, record: T): this {
    const place = this.#places.get(id);
    const createdAt = this.#createdAt;
    if (place !== undefined) {
      const previous = this.#records[place] as T;
      if (createdAt && createdAt(previous) !== createdAt(record)) this.#inTimeOrder = false;
      this.#records[place] = record;
    } else {
      const last = this.#records.at(-1);
      if (createdAt && last !== undefined && createdAt(record) < createdAt(last)) this.#inTimeOrder = false;
      this.#places.set(id, this.#ids.length);
      this.#ids.push(id);
      this.#records.push(record);
    }
    this.#onWrite(this.kind, id, record);
    return this;
  }

  /** O(n): the records after it move up a place. Only customers and cards are ever deleted. */
  delete(id: string): boolean {
    const place = this.#places.get(id);
    if (place === undefined) return false;
    this.#places.delete(id);
    this.#ids.splice(place, 1);
    this.#records.splice(place, 1);
    for (let index = place; index < this.#ids.length; index++)
      this.#places.set(this.#ids[index] as string, index);
    this.#onWrite(this.kind, id, undefined);
    return true;
  }

  clear(): void {
    this.#places.clear();
    this.#ids.length = 0;
    this.#records.length = 0;
    this.#inTimeOrder = true;
  }

  keys(): IterableIterator<string> {
    return this.#ids.values();
  }

  values(): IterableIterator<T> {
    return this.#records.values();
  }

  /** The records in creation order, as a new array: what `[...table.values()]` gives, without its slow spread. */
  toArray(): T[] {
    return this.#records.slice();
  }

  *entries(): IterableIterator<[string, T]> {
    for (let index = 0; index < this.#ids.length; index++)
      yield [this.#ids[index] as string, this.#records[index] as T];
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
}
