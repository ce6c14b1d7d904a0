import { ApiFaults } from '../api-faults/api-faults.js';
import { HeldOperations } from '../api-faults/held-operations.js';
import { AccountClock } from '../clock/account-clock.js';
import { Scheduler } from '../clock/scheduler.js';
import type { DomainContext } from '../domain/context.js';
import { accountCountry, type CountryCode } from '../domain/country/account-country.js';
import type { IdGenerator } from '../domain/ids.js';
import type { EventRecord } from '../domain/records.js';
import type { ApiVersion } from '../render/api-version.js';
import { AccountStore } from '../store/account-store.js';
import { UniqueIds } from './unique-ids.js';

export type EventListener = (event: EventRecord, account: Account) => void;

export interface AccountOptions {
  readonly name: string;
  readonly ids: IdGenerator;
  readonly apiVersion: ApiVersion;
  readonly country: CountryCode;
  readonly realNow?: () => number;
  readonly onJobError: (error: unknown) => void;
}

/** An isolated merchant account: its own records, clock, scheduled jobs and event listeners. */
export class Account {
  readonly name: string;
  readonly clock: AccountClock;
  readonly scheduler: Scheduler;
  readonly store = new AccountStore();
  /** Errors and delays injected into this account's next API calls (`/_sim/api_faults`). */
  readonly apiFaults = new ApiFaults();
  /** Operations cut off by a `held` API fault, landing later on the clock. */
  readonly heldOperations = new HeldOperations();
  readonly ids: IdGenerator;
  /** The account's API version: what events and webhooks are rendered with. */
  apiVersion: ApiVersion;
  /** Decides funding currency, VAT and which method/currency pairs the account takes, for charges made from now. */
  country: CountryCode;
  /**
   * Whether this process sends the account's webhooks. Always with one process; with several on one database,
   * one instance at a time (the storage engine elects it), so that no delivery is made twice.
   */
  sendsWebhooks = true;
  readonly #listeners = new Set<EventListener>();
  readonly #resetListeners = new Set<() => void>();
  #recordingPast = 0;

  constructor(options: AccountOptions) {
    this.name = options.name;
    this.ids = new UniqueIds(options.ids, (id) => this.store.holds(id));
    this.apiVersion = options.apiVersion;
    this.country = options.country;
    this.clock = new AccountClock(options.realNow);
    this.scheduler = new Scheduler(this.clock, (_job, error) => options.onJobError(error));
  }

  context(now: number = this.clock.now()): DomainContext {
    return { now, ids: this.ids, country: accountCountry(this.country) };
  }

  onEvent(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  recordEvent(event: EventRecord): void {
    this.store.addEvent(event);
    for (const listener of this.#listeners) listener(event, this);
  }

  /**
   * True while events of the past are recorded (a seeded history, an imported snapshot): listeners still hear
   * them (to index them), but they are not news, so nothing sends them as webhooks or streams them.
   */
  get recordingPast(): boolean {
    return this.#recordingPast > 0;
  }

  recordPast<T>(record: () => T): T {
    this.#recordingPast++;
    try {
      return record();
    } finally {
      this.#recordingPast--;
    }
  }

  /** Fires whatever the clock has made due (expiries, retries) before a request looks at the state. */
  settle(): void {
    this.scheduler.runDue();
  }

  /** Clears the account; whatever keeps state about it (webhooks) hears it and clears its own. */
  reset(): void {
    this.scheduler.clear();
    this.store.clear();
    this.apiFaults.clear();
    this.heldOperations.clear();
    this.clock.reset();
    for (const listener of this.#resetListeners) listener();
  }

  onReset(listener: () => void): () => void {
    this.#resetListeners.add(listener);
    return () => this.#resetListeners.delete(listener);
  }

  stop(): void {
    this.scheduler.stop();
  }
}
