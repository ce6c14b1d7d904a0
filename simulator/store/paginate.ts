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

/** Filters by creation time within [from, to], orders, then cuts one page; total counts the filtered set. */
export function paginate<T extends { readonly createdAt: number }>(
  items: Iterable<T>,
  query: ListQuery,
): Page<T> {
  const inRange: T[] = [];
  for (const item of items)
    if (item.createdAt >= query.from && item.createdAt <= query.to) inRange.push(item);
  if (query.order === 'reverse_chronological') inRange.reverse();
  return { data: inRange.slice(query.offset, query.offset + query.limit), total: inRange.length, query };
}
