import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import type { AccountWebhooks } from '../../webhooks/delivery/account-webhooks.js';

/** What an engine needs of the simulator besides its accounts. */
export interface EngineContext {
  /** The account's webhook state (settings, secret, faults, log, pending deliveries). */
  webhooksOf(account: string): AccountWebhooks;
  /** The secret an account goes back to on reset (the stored one, not a fresh one). */
  keepSecret(account: string, secret: string): void;
  /** Starts the account's webhook state afresh, before a restore. */
  resetWebhooks(account: string): void;
  log(message: string, error?: unknown): void;
}

/**
 * Where accounts live. The in-memory `Account` is always the working copy (a replica): routes, operations and
 * the domain stay synchronous. A persistent engine makes each change durable (and shared between instances)
 * by running the work that changes an account inside `transact`.
 */
export interface StorageEngine {
  /** `memory`, `pglite` or `postgres`: what `/_sim` and the banner report. */
  readonly kind: 'memory' | 'pglite' | 'postgres';
  /** Migrates, loads every stored account into its replica and re-derives its scheduled work. */
  open(accounts: Accounts, context: EngineContext): Promise<void>;
  /** An account's state changed outside a request (a webhook attempt finished): commit it soon. */
  touch(account: Account): void;
  /**
   * Runs `work` as one transaction on the account: the replica is caught up first (under the account's lock
   * in the database), and whatever `work` changed is committed before this resolves. An engine with nothing
   * to wait for (memory) returns what `work` returns, in the same turn.
   */
  transact<T>(account: Account, work: () => T | Promise<T>): T | Promise<T>;
  /**
   * Catches the replica up with what other instances committed, without taking the lock. Nothing to wait for
   * (undefined) when the replica is the only copy: a read then waits no turn for it.
   */
  refresh(account: Account): Promise<void> | undefined;
  close(): Promise<void>;
}
