import type { ObservedRequest } from '../logging/observed-request.js';

/** One request as the journal keeps it: no headers but the User-Agent, bodies redacted and cut short. */
export interface JournalEntry extends Omit<ObservedRequest, 'at' | 'account'> {
  readonly id: string;
  /** Real (wall-clock) time the request arrived, in ms: when it happened, whatever the account clock says. */
  readonly createdAt: number;
}

export interface JournalFilter {
  readonly method?: string;
  /** Paths starting with this. */
  readonly pathPrefix?: string;
  /** One status (404), or a class (4 for 4xx). */
  readonly status?: { readonly exact: number } | { readonly class: number };
}

export function matchesFilter(entry: JournalEntry, filter: JournalFilter): boolean {
  const { status } = filter;
  return (
    (filter.method === undefined || entry.method === filter.method) &&
    (filter.pathPrefix === undefined || entry.path.startsWith(filter.pathPrefix)) &&
    (status === undefined ||
      ('exact' in status ? entry.status === status.exact : Math.floor(entry.status / 100) === status.class))
  );
}
