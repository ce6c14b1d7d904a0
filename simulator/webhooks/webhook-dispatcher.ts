import { setMaxListeners } from 'node:events';
import type { Account } from '../account/account.js';
import type { Accounts } from '../account/accounts.js';
import { cryptoRandom, IdGenerator, type RandomSource, seededRandom } from '../domain/ids.js';
import type { EventRecord } from '../domain/records.js';
import { AccountWebhooks } from './delivery/account-webhooks.js';
import { ConcurrencyLimit } from './delivery/concurrency-limit.js';
import type { DeliveryAttempt } from './delivery/delivery-attempt.js';
import { DEFAULT_BUSY_RATE, DeliveryPacer, type PacedOccupancy } from './delivery/delivery-pacer.js';
import { IdleWaiters } from './idle-waiters.js';
import { defaultWebhookSettings, type WebhookDefaults } from './settings/webhook-settings.js';
import { generateWebhookSecret } from './signature/webhook-secret.js';

export interface WebhookDispatcherOptions {
  /** What every account starts with (the CLI's `--webhook-url`, `--webhook-secret`). */
  readonly defaults?: WebhookDefaults;
  /** Requests open at once across all accounts (default 32). */
  readonly concurrency?: number;
  /** Attempts a second while the API is busy (default 500); 0 or 'off': never paced. */
  readonly busyRate?: number | 'off';
  /** The share of time attempts may take to start while the API is busy (default 0.1). */
  readonly busyTimeShare?: number;
  /** How busy the API is, 0 to 1 (the app's `ApiOccupancy`); without it, attempts are never paced. */
  readonly occupancy?: PacedOccupancy;
  /** Seeds delivery ids and generated secrets, per account. */
  readonly seed?: number;
  /** Sends webhook requests (default: node:http(s) on keep-alive agents). */
  readonly fetch?: typeof fetch;
  /** Real time, for signature timestamps (default Date.now). */
  readonly realNow?: () => number;
  readonly onError: (message: string, error: unknown) => void;
  /** Hears every finished attempt (the activity log). */
  readonly onAttempt?: (account: string, attempt: DeliveryAttempt) => void;
}

export const DEFAULT_CONCURRENCY = 32;

/**
 * Webhooks for every account: hears each account's events, keeps one `AccountWebhooks` per account (a new
 * one on reset), and knows when deliveries have settled.
 */
export class WebhookDispatcher {
  readonly #accounts: Accounts;
  readonly #options: WebhookDispatcherOptions;
  readonly #limit: ConcurrencyLimit;
  readonly #abort = new AbortController();
  readonly #states = new Map<string, AccountWebhooks>();
  readonly #secrets = new Map<string, string>();
  readonly waiters: IdleWaiters;
  /** Sends webhook requests; replaceable at any time (`simulator.webhooks.transport()`). */
  transport: typeof fetch | undefined;
  /** Hears every change to an account's webhook state (a persistent engine commits it). */
  onStateChange: (accountName: string) => void = () => {};

  constructor(accounts: Accounts, options: WebhookDispatcherOptions) {
    this.#accounts = accounts;
    this.#options = options;
    // Every open event stream (`/_sim/events/stream`, the dashboard) listens for the close: many, not a leak.
    setMaxListeners(0, this.#abort.signal);
    this.#limit = new ConcurrencyLimit(options.concurrency ?? DEFAULT_CONCURRENCY, pacer(options));
    // No fetch given: node:http(s) on keep-alive agents (send-over-http.ts).
    this.transport = options.fetch;
    this.waiters = new IdleWaiters(
      (name) => this.isIdle(name),
      () => this.#limit.recheck(),
    );
    accounts.onCreate((account) => this.#attach(account));
  }

  /** The account's webhooks (the account is created if new, as its keys would). */
  of(accountName: string): AccountWebhooks {
    this.#accounts.get(accountName);
    return this.#states.get(accountName) as AccountWebhooks;
  }

  find(accountName: string): AccountWebhooks | undefined {
    return this.#states.get(accountName);
  }

  isIdle(accountName?: string): boolean {
    if (accountName !== undefined) return this.#states.get(accountName)?.idle ?? true;
    for (const state of this.#states.values()) if (!state.idle) return false;
    return true;
  }

  /** Forgets the account's deliveries, faults and settings (back to the defaults); in-flight answers are ignored. */
  reset(accountName: string): void {
    const account = this.#accounts.find(accountName);
    this.#states.get(accountName)?.dispose();
    if (account) this.#states.set(accountName, this.#fresh(account));
    this.waiters.check();
  }

  /** The secret the account goes back to on reset: a persistent engine gives back the one it had stored. */
  keepSecret(accountName: string, secret: string): void {
    this.#secrets.set(accountName, secret);
  }

  /** Aborted when the simulator closes: open requests and event streams end. */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  close(): void {
    for (const state of this.#states.values()) state.dispose();
    this.#limit.close();
    this.#abort.abort();
    this.waiters.check();
  }

  #attach(account: Account): void {
    this.#states.set(account.name, this.#fresh(account));
    account.onReset(() => this.reset(account.name));
    account.onEvent((event: EventRecord) => {
      if (account.recordingPast || !account.sendsWebhooks) return;
      try {
        this.#states.get(account.name)?.handleEvent(event);
      } catch (error) {
        this.#options.onError(`webhooks could not take event ${event.id}`, error);
      }
    });
  }

  #fresh(account: Account): AccountWebhooks {
    const random = this.#random(account.name);
    const generated = generateWebhookSecret(random);
    // The account keeps its secret across resets, as a merchant's configuration would.
    const secret = this.#secrets.get(account.name) ?? this.#options.defaults?.secret ?? generated;
    this.#secrets.set(account.name, secret);
    return new AccountWebhooks({
      account,
      settings: defaultWebhookSettings({ ...this.#options.defaults, secret }, random),
      limit: this.#limit,
      ids: new IdGenerator(random),
      signal: this.#abort.signal,
      transport: () => this.transport,
      realNow: this.#options.realNow ?? Date.now,
      onChange: () => {
        this.waiters.check();
        this.onStateChange(account.name);
      },
      onError: this.#options.onError,
      onAttempt: this.#options.onAttempt,
      urgent: () => this.waiters.waitsFor(account.name),
    });
  }

  /** One stream per account and seed: the ids of one account never depend on another's traffic. */
  #random(accountName: string): RandomSource {
    if (this.#options.seed === undefined) return cryptoRandom;
    let hash = 0x811c9dc5 ^ this.#options.seed;
    for (const char of `webhooks:${accountName}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    return seededRandom(hash >>> 0);
  }
}

/**
 * Webhooks yield to a busy API: paced at `busyRate`, within `busyTimeShare`, while it is busy, except an
 * account's that someone waits for (`DeliveryPacer`).
 */
function pacer(options: WebhookDispatcherOptions): DeliveryPacer | undefined {
  const { occupancy, busyRate = DEFAULT_BUSY_RATE, busyTimeShare } = options;
  if (occupancy === undefined || busyRate === 'off' || busyRate <= 0) return undefined;
  return new DeliveryPacer({ busyRate, occupancy, busyTimeShare });
}
