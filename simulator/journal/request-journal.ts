import type { ObservedRequest } from '../logging/observed-request.js';
import { type JournalEntry, type JournalFilter, matchesFilter } from './journal-entry.js';
import { redactSecrets } from './redact-secrets.js';

export const DEFAULT_JOURNAL_SIZE = 100;
/** Characters kept of each body: enough to read a request, bounded so the journal stays small. */
export const BODY_EXCERPT = 10_000;

/**
 * Each account's most recent requests (at most `size` each, the oldest dropped first), for
 * `GET /_sim/requests`. Its own requests to the journal are not kept, nor requests without a test key.
 * Recording is on every request's path, so it only keeps the request (bodies cut to a bound) in a ring;
 * entries are made, redacted and cut when listed.
 */
export class RequestJournal {
  readonly size: number;
  readonly #rings = new Map<string, Ring>();
  #counter = 0;

  constructor(size = DEFAULT_JOURNAL_SIZE) {
    this.size = size;
  }

  record(request: ObservedRequest): void {
    if (this.size === 0 || request.account === null || request.path.startsWith('/_sim/requests')) return;
    let ring = this.#rings.get(request.account);
    if (ring === undefined) {
      ring = new Ring(this.size);
      this.#rings.set(request.account, ring);
    }
    ring.push({ counter: ++this.#counter, request: bounded(request) });
  }

  /** The account's entries that match, oldest first, redacted (see `redactedEntry`). */
  list(account: string, filter: JournalFilter = {}): JournalEntry[] {
    return (this.#rings.get(account)?.inOrder() ?? [])
      .map(toEntry)
      .filter((entry) => matchesFilter(entry, filter))
      .map(redactedEntry);
  }

  clear(account: string): number {
    const cleared = this.#rings.get(account)?.length ?? 0;
    this.#rings.delete(account);
    return cleared;
  }
}

interface Kept {
  readonly counter: number;
  readonly request: ObservedRequest;
}

/** The last `size` requests kept, the oldest overwritten first. */
class Ring {
  readonly #size: number;
  readonly #kept: Kept[] = [];
  /** Where the next request goes once the ring is full: the oldest one. */
  #oldest = 0;

  constructor(size: number) {
    this.#size = size;
  }

  get length(): number {
    return this.#kept.length;
  }

  push(kept: Kept): void {
    if (this.#kept.length < this.#size) {
      this.#kept.push(kept);
      return;
    }
    this.#kept[this.#oldest] = kept;
    this.#oldest = (this.#oldest + 1) % this.#size;
  }

  inOrder(): Kept[] {
    return [...this.#kept.slice(this.#oldest), ...this.#kept.slice(0, this.#oldest)];
  }
}

/**
 * The request with its bodies cut generously (bounded memory); redacted and cut to size when listed: keeping
 * a request costs no regular expressions on the hot path, and nothing unredacted ever leaves the process.
 */
function bounded(request: ObservedRequest): ObservedRequest {
  const limit = 2 * BODY_EXCERPT;
  const { requestBody, responseBody } = request;
  if (requestBody.length <= limit && (responseBody === null || responseBody.length <= limit)) return request;
  return {
    ...request,
    requestBody: requestBody.slice(0, limit),
    responseBody: responseBody?.slice(0, limit) ?? null,
  };
}

function toEntry({ counter, request }: Kept): JournalEntry {
  return {
    id: `simreq_${counter.toString().padStart(8, '0')}`,
    createdAt: request.at,
    method: request.method,
    path: request.path,
    query: request.query,
    status: request.status,
    durationMs: request.durationMs,
    userAgent: request.userAgent,
    requestBody: request.requestBody,
    responseBody: request.responseBody,
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
