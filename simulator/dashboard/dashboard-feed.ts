import type { Account } from '../account/account.js';
import type { Accounts } from '../account/accounts.js';
import type { DeliveryAttempt } from '../webhooks/delivery/delivery-attempt.js';

/**
 * What an open dashboard page hears: that something of the account changed, never what a key or a payload
 * holds (the stream needs no key, as the dashboard, so it carries ids only).
 */
export interface DashboardChange {
  readonly type: 'event' | 'attempt' | 'reset';
  /** The event's id (`evnt_...`) or the attempt's (`whdl_...`); none for a reset. */
  readonly id: string | null;
  /** The event key (`charge.complete`). */
  readonly key: string | null;
  readonly charge: string | null;
}

type Listener = (change: DashboardChange) => void;

/** Hears every account's events, webhook attempts and resets, and tells the pages open on that account. */
export class DashboardFeed {
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #closed = new AbortController();

  constructor(accounts: Accounts) {
    accounts.onCreate((account) => this.#attach(account));
  }

  /** Aborted when the simulator closes: open streams end. */
  get closed(): AbortSignal {
    return this.#closed.signal;
  }

  listen(account: string, listener: Listener): () => void {
    const listeners = this.#listeners.get(account) ?? new Set<Listener>();
    this.#listeners.set(account, listeners);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(account);
    };
  }

  /** A finished webhook attempt (the delivery log's entry). */
  attempt(account: string, attempt: DeliveryAttempt): void {
    this.#tell(account, { type: 'attempt', id: attempt.id, key: attempt.key, charge: attempt.chargeId });
  }

  close(): void {
    this.#closed.abort();
  }

  #attach(account: Account): void {
    account.onEvent((event) => {
      // A seeded history or an imported snapshot is not news (nor is it streamed or sent as webhooks).
      if (account.recordingPast) return;
      this.#tell(account.name, { type: 'event', id: event.id, key: event.key, charge: event.chargeId });
    });
    account.onReset(() => this.#tell(account.name, { type: 'reset', id: null, key: null, charge: null }));
  }

  #tell(account: string, change: DashboardChange): void {
    for (const listener of this.#listeners.get(account) ?? []) listener(change);
  }
}
