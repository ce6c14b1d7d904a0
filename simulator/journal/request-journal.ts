import type { ObservedRequest } from '../logging/observed-request.js';
import { type JournalEntry, type JournalFilter, matchesFilter } from './journal-entry.js';
import { redactSecrets } from './redact-secrets.js';

export const DEFAULT_JOURNAL_SIZE = 100;
/** Characters kept of each body: enough to read a request, bounded so the journal stays small. */
export const BODY_EXCERPT = 10_000;

/**
 * Each account's most recent requests (at most `size` each, the oldest dropped first), for
 * `GET /_sim/requests`. Its own requests to the journal are not kept, nor requests without a test key.
 */
export class RequestJournal {
  readonly size: number;
  readonly #entries = new Map<string, JournalEntry[]>();
  #counter = 0;

  constructor(size = DEFAULT_JOURNAL_SIZE) {
    this.size = size;
  }

  record(request: ObservedRequest): void {
    if (this.size === 0 || request.account === null || request.path.startsWith('/_sim/requests')) return;
    const list = this.#entries.get(request.account) ?? [];
    this.#entries.set(request.account, list);
    list.push(toEntry(request, ++this.#counter));
    if (list.length > this.size) list.splice(0, list.length - this.size);
  }

  /** The account's entries that match, redacted (see `redactedEntry`). */
  list(account: string, filter: JournalFilter = {}): JournalEntry[] {
    return (this.#entries.get(account) ?? [])
      .filter((entry) => matchesFilter(entry, filter))
      .map(redactedEntry);
  }

  clear(account: string): number {
    const cleared = this.#entries.get(account)?.length ?? 0;
    this.#entries.delete(account);
    return cleared;
  }
}

function toEntry(request: ObservedRequest, counter: number): JournalEntry {
  return {
    id: `simreq_${counter.toString().padStart(8, '0')}`,
    createdAt: request.at,
    method: request.method,
    path: request.path,
    query: request.query,
    status: request.status,
    durationMs: request.durationMs,
    userAgent: request.userAgent,
    // Cut generously here (bounded memory), redacted and cut to size when listed: keeping a request costs
    // no regular expressions on the hot path, and nothing unredacted ever leaves the process.
    requestBody: request.requestBody.slice(0, 2 * BODY_EXCERPT),
    responseBody: request.responseBody?.slice(0, 2 * BODY_EXCERPT) ?? null,
  };
}

/** What a listed entry shows: bodies and query redacted, then cut to the excerpt. */
export function redactedEntry(entry: JournalEntry): JournalEntry {
  const cut = (text: string) => redactSecrets(text).slice(0, BODY_EXCERPT);
  return {
    ...entry,
    query: redactSecrets(entry.query),
    requestBody: cut(entry.requestBody),
    responseBody: entry.responseBody === null ? null : cut(entry.responseBody),
  };
}
