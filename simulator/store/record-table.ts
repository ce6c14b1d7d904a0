/** What a write did to one record: `record` is the new value, or `undefined` when the record was deleted. */
export type RecordWrite = (kind: string, id: string, record: unknown) => void;

/**
 * One kind of record by id, in creation order: a Map that tells its store about every write. The store is the
 * one place persistence hooks into (a persistent engine collects the writes of a transaction from here), so a
 * new kind of record is persisted by being a table, with no code of its own.
 *
 * It also keeps its ids in creation order, and whether their creation times have never gone down (they do when
 * an account clock is set back): while they have not, a page of a list is found by binary search and cut in
 * O(page), however many records there are (`store/paginate.ts`).
 */
export class RecordTable<T> extends Map<string, T> {
  readonly kind: string;
  readonly #onWrite: RecordWrite;
  readonly #createdAt: ((record: T) => number) | undefined;
  readonly #ids: string[] = [];
  #inTimeOrder = true;

  constructor(kind: string, onWrite: RecordWrite, createdAt?: (record: T) => number) {
    super();
    this.kind = kind;
    this.#onWrite = onWrite;
    this.#createdAt = createdAt;
  }

  /** True when records in creation order have non-decreasing creation times (never for an untimed table). */
  get inTimeOrder(): boolean {
    return this.#createdAt !== undefined && this.#inTimeOrder;
  }

  /** The record `index` places from the first created. */
  at(index: number): T | undefined {
    const id = this.#ids[index];
    return id === undefined ? undefined : super.get(id);
  }

  override set(id: string, record: T): this {
    this.#track(id, record);
    super.set(id, record);
    this.#onWrite(this.kind, id, record);
    return this;
  }

  override delete(id: string): boolean {
    const deleted = super.delete(id);
    if (deleted) {
      this.#ids.splice(this.#ids.indexOf(id), 1); // O(n), but only customers and cards are ever deleted
      this.#onWrite(this.kind, id, undefined);
    }
    return deleted;
  }

  override clear(): void {
    super.clear();
    this.#ids.length = 0;
    this.#inTimeOrder = true;
  }

  #track(id: string, record: T): void {
    const createdAt = this.#createdAt;
    const previous = super.get(id);
    if (previous !== undefined) {
      if (createdAt && createdAt(previous) !== createdAt(record)) this.#inTimeOrder = false;
      return;
    }
    const last = this.at(this.#ids.length - 1);
    if (createdAt && last !== undefined && createdAt(record) < createdAt(last)) this.#inTimeOrder = false;
    this.#ids.push(id);
  }
}
