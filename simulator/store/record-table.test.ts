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
