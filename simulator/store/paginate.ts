import { RecordTable } from './record-table.js';

/** Omise list parameters, already validated (defaults: limit 20, offset 0, chronological, epoch..now). */
export interface ListQuery {
  readonly limit: number;
  readonly offset: number;
  readonly order: 'chronological' | 'reverse_chronological';
  readonly from: number;
  readonly to: number;
}

export interface Page<T> {
  readonly data: readonly T[];
  readonly total: number;
  readonly query: ListQuery;
}

type Timed = { readonly createdAt: number };

/**
 * Filters by creation time within [from, to], keeps creation order (reversed for `reverse_chronological`),
 * then cuts one page; total counts the filtered set. A table whose creation times are in order is cut in
 * O(log n + page); anything else is walked once.
 */
export function paginate<T extends Timed>(items: Iterable<T> | RecordTable<T>, query: ListQuery): Page<T> {
  if (items instanceof RecordTable && items.inTimeOrder) return pageOfTable(items, query);
  const inRange: T[] = [];
  for (const item of items instanceof RecordTable ? items.values() : items)
    if (item.createdAt >= query.from && item.createdAt <= query.to) inRange.push(item);
  if (query.order === 'reverse_chronological') inRange.reverse();
  return { data: inRange.slice(query.offset, query.offset + query.limit), total: inRange.length, query };
}

function pageOfTable<T extends Timed>(table: RecordTable<T>, query: ListQuery): Page<T> {
  const first = firstIndex(table, (at) => at >= query.from);
  const end = Math.max(
    first,
    firstIndex(table, (at) => at > query.to),
  );
  const total = end - first;
  const data: T[] = [];
  for (let n = query.offset; n < Math.min(total, query.offset + query.limit); n++) {
    const index = query.order === 'chronological' ? first + n : end - 1 - n;
    data.push(table.at(index) as T);
  }
  return { data, total, query };
}

/** The first index whose creation time passes `test` (times are in order, so `test` flips once), or size. */
function firstIndex<T extends Timed>(table: RecordTable<T>, test: (createdAt: number) => boolean): number {
  let low = 0;
  let high = table.size;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test((table.at(middle) as T).createdAt)) high = middle;
    else low = middle + 1;
  }
  return low;
}
