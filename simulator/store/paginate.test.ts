import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ListQuery, paginate } from './paginate.js';
import { RecordTable } from './record-table.js';

type Item = { readonly id: string; readonly createdAt: number };

const times = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 });
const query: fc.Arbitrary<ListQuery> = fc.record({
  limit: fc.integer({ min: 1, max: 20 }),
  offset: fc.integer({ min: 0, max: 70 }),
  order: fc.constantFrom('chronological' as const, 'reverse_chronological' as const),
  from: fc.integer({ min: -5, max: 55 }),
  to: fc.integer({ min: -5, max: 55 }),
});

function tableOf(createdAts: readonly number[]): RecordTable<Item> {
  const table = new RecordTable<Item>(
    'item',
    () => {},
    (item) => item.createdAt,
  );
  for (const [n, createdAt] of createdAts.entries()) table.set(`item_${n}`, { id: `item_${n}`, createdAt });
  return table;
}

describe('paginate', () => {
  it('cuts the same page from a table in time order as from a plain walk of it', () => {
    fc.assert(
      fc.property(times, query, (unsorted, q) => {
        const table = tableOf([...unsorted].sort((a, b) => a - b));
        expect(table.inTimeOrder).toBe(true);
        expect(paginate(table, q)).toEqual(paginate(table.values(), q));
      }),
    );
  });

  it('walks a table whose creation times went back (a clock set back) and still pages it right', () => {
    fc.assert(
      fc.property(times, query, (createdAts, q) => {
        const table = tableOf(createdAts);
        const page = paginate(table, q);
        const inRange = createdAts
          .map((createdAt, n) => ({ id: `item_${n}`, createdAt }))
          .filter((item) => item.createdAt >= q.from && item.createdAt <= q.to);
        if (q.order === 'reverse_chronological') inRange.reverse();
        expect(page.total).toBe(inRange.length);
        expect(page.data).toEqual(inRange.slice(q.offset, q.offset + q.limit));
      }),
    );
  });

  it('knows a table is out of time order once a record is created earlier than the last', () => {
    const table = tableOf([5, 7]);
    expect(table.inTimeOrder).toBe(true);
    table.set('late', { id: 'late', createdAt: 6 });
    expect(table.inTimeOrder).toBe(false);
    table.clear();
    expect(table.inTimeOrder).toBe(true);
  });

  it('keeps pages right after a record is deleted', () => {
    const table = tableOf([1, 2, 3]);
    table.delete('item_1');
    const all: ListQuery = { limit: 10, offset: 0, order: 'chronological', from: 0, to: 10 };
    expect(paginate(table, all).data.map((item) => item.id)).toEqual(['item_0', 'item_2']);
  });
});
