import type { RecordTable } from './record-table.js';

/** The prefix every id the simulator makes for each kind of record starts with (`domain/ids.ts`). */
const PREFIX_OF_KIND: Readonly<Record<string, string>> = {
  source: 'src_',
  charge: 'chrg_',
  refund: 'rfnd_',
  event: 'evnt_',
  token: 'tokn_',
  card: 'card_',
  customer: 'cust_',
};

/**
 * Whether a store holds an id, in one map lookup: an id can only be in the table its prefix names, as long as
 * every record written since the last reset had its kind's prefix. A record with another id (an imported
 * snapshot may hold anything) turns the shortcut off until the store is emptied: then every table is asked.
 * Checked for each new id, and the tables are large, so seven lookups cost seven cache misses.
 */
export class IdLookup {
  readonly #tables: readonly RecordTable<unknown>[];
  readonly #byPrefix = new Map<string, RecordTable<unknown>>();
  #misplaced = false;

  constructor(tables: readonly RecordTable<unknown>[]) {
    this.#tables = tables;
    for (const table of tables) {
      const prefix = PREFIX_OF_KIND[table.kind];
      if (prefix === undefined) this.#misplaced = true;
      else this.#byPrefix.set(prefix, table);
    }
  }

  /** Hears every write: `record` undefined is a delete, which never misplaces anything. */
  noteWrite(kind: string, id: string, record: unknown): void {
    if (this.#misplaced || record === undefined) return;
    const prefix = PREFIX_OF_KIND[kind];
    if (prefix === undefined || !id.startsWith(prefix)) this.#misplaced = true;
  }

  /** Every table was emptied. */
  reset(): void {
    this.#misplaced = this.#tables.some((table) => PREFIX_OF_KIND[table.kind] === undefined);
  }

  holds(id: string): boolean {
    if (this.#misplaced) return this.#tables.some((table) => table.has(id));
    const table = this.#byPrefix.get(id.slice(0, id.indexOf('_') + 1));
    return table?.has(id) ?? false;
  }
}
