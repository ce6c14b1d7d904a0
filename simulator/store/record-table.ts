/** What a write did to one record: `record` is the new value, or `undefined` when the record was deleted. */
export type RecordWrite = (kind: string, id: string, record: unknown) => void;

/**
 * One kind of record by id, in creation order: a Map that tells its store about every write. The store is the
 * one place persistence hooks into (a persistent engine collects the writes of a transaction from here), so a
 * new kind of record is persisted by being a table, with no code of its own.
 */
export class RecordTable<T> extends Map<string, T> {
  readonly kind: string;
  readonly #onWrite: RecordWrite;

  constructor(kind: string, onWrite: RecordWrite) {
    super();
    this.kind = kind;
    this.#onWrite = onWrite;
  }

  override set(id: string, record: T): this {
    super.set(id, record);
    this.#onWrite(this.kind, id, record);
    return this;
  }

  override delete(id: string): boolean {
    const deleted = super.delete(id);
    if (deleted) this.#onWrite(this.kind, id, undefined);
    return deleted;
  }
}
