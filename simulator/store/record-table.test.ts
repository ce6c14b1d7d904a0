import { describe, expect, it } from 'vitest';
import { AccountStore } from './account-store.js';
import { RecordTable } from './record-table.js';

describe('RecordTable', () => {
  it('tells its listener about every set and delete, with the kind of record', () => {
    const writes: unknown[] = [];
    const table = new RecordTable<{ n: number }>('thing', (kind, id, record) =>
      writes.push([kind, id, record]),
    );
    table.set('a', { n: 1 }).set('a', { n: 2 });
    table.delete('a');
    table.delete('missing');
    expect(writes).toEqual([
      ['thing', 'a', { n: 1 }],
      ['thing', 'a', { n: 2 }],
      ['thing', 'a', undefined],
    ]);
  });

  it('keeps creation order when a record is written again', () => {
    const table = new RecordTable<number>('n', () => {});
    table.set('a', 1).set('b', 2).set('a', 3);
    expect([...table.keys()]).toEqual(['a', 'b']);
  });

  it('reads as a Map of the same writes would, in creation order, across many records', () => {
    const table = new RecordTable<number>('n', () => {});
    const map = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const id = `chrg_test_${(i * 7919).toString(36)}`;
      table.set(id, i);
      map.set(id, i);
      if (i % 7 === 0) {
        table.set(`chrg_test_${(i * 13).toString(36)}`, -i);
        map.set(`chrg_test_${(i * 13).toString(36)}`, -i);
      }
      if (i % 11 === 0) {
        const gone = `chrg_test_${((i >> 1) * 7919).toString(36)}`;
        expect(table.delete(gone)).toBe(map.delete(gone));
      }
    }
    expect(table.size).toBe(map.size);
    expect([...table]).toEqual([...map]);
    expect([...table.values()]).toEqual([...map.values()]);
    expect(table.toArray()).toEqual([...map.values()]);
    expect(table.at(table.size - 1)).toBe([...map.values()].at(-1));
    const seen: [string, number][] = [];
    table.forEach((value, key, itself) => {
      expect(itself).toBe(table);
      seen.push([key, value]);
    });
    expect(seen).toEqual([...map.entries()]);
    for (const id of ['chrg_test_0', 'chrg_test_zz', 'nothing', '']) {
      expect(table.get(id)).toBe(map.get(id));
      expect(table.has(id)).toBe(map.has(id));
    }
    table.clear();
    expect([table.size, [...table]]).toEqual([0, []]);
  });
});

describe('AccountStore.onWrite', () => {
  it('hears writes to every table until it stops listening', () => {
    const store = new AccountStore();
    const kinds: string[] = [];
    const stop = store.onWrite((kind) => kinds.push(kind));
    for (const table of store.tables) table.set('x', {});
    stop();
    store.sources.set('y', {} as never);
    expect(kinds).toEqual(['source', 'charge', 'refund', 'event', 'token', 'card', 'customer']);
  });
});
