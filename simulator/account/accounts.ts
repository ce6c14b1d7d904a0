import type { CountryCode } from '../domain/country/account-country.js';
import type { IdGenerator } from '../domain/ids.js';
import type { ApiVersion } from '../render/api-version.js';
import { MemoryEngine } from '../store/engines/memory-engine.js';
import type { StorageEngine } from '../store/engines/storage-engine.js';
import { Account } from './account.js';

export interface AccountsOptions {
  readonly ids: IdGenerator;
  readonly apiVersion: ApiVersion;
  readonly country: CountryCode;
  readonly realNow?: () => number;
  readonly onJobError: (error: unknown) => void;
  /** Where the accounts are kept (default: memory only). */
  readonly engine?: StorageEngine;
}

/** Accounts by name, created on first use of their keys; new accounts hear the registered listeners. */
export class Accounts {
  readonly #accounts = new Map<string, Account>();
  readonly #options: AccountsOptions;
  readonly #onCreate = new Set<(account: Account) => void>();
  /** Makes every change to an account durable (and shared, with postgres); requests run through it. */
  readonly engine: StorageEngine;

  constructor(options: AccountsOptions) {
    this.#options = options;
    this.engine = options.engine ?? new MemoryEngine();
  }

  get(name: string): Account {
    let account = this.#accounts.get(name);
    if (!account) {
      account = new Account({ name, ...this.#options });
      this.#accounts.set(name, account);
      for (const listener of this.#onCreate) listener(account);
    }
    return account;
  }

  find(name: string): Account | undefined {
    return this.#accounts.get(name);
  }

  all(): IterableIterator<Account> {
    return this.#accounts.values();
  }

  onCreate(listener: (account: Account) => void): void {
    this.#onCreate.add(listener);
    for (const account of this.#accounts.values()) listener(account);
  }

  stop(): void {
    for (const account of this.#accounts.values()) account.stop();
  }
}
