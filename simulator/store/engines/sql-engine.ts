import { AsyncLocalStorage } from 'node:async_hooks';
import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import { omiseError } from '../../errors/omise-error.js';
import { KeyedMutex } from './keyed-mutex.js';
import { migrate } from './migrations.js';
import { Replica } from './replica.js';
import { type AccountRow, ReplicaSync } from './replica-sync.js';
import type { SqlClient, SqlConnection } from './sql-client.js';
import type { EngineContext, StorageEngine } from './storage-engine.js';

const CHANNEL = 'omise_sim_commits';

/**
 * PostgreSQL as the durable, shared copy of every account (PGlite embedded, or a server through `pg`).
 * A transaction: the account's in-process mutex, BEGIN, its row FOR UPDATE, catch up with what other
 * instances committed since the replica's seq, run the work, write the records it changed and its meta with
 * the next seq, COMMIT; only then does the request answer.
 */
export class SqlEngine implements StorageEngine {
  readonly kind: 'pglite' | 'postgres';
  readonly #connect: () => Promise<SqlClient>;
  #client!: SqlClient;
  readonly #mutex = new KeyedMutex();
  readonly #replicas = new Map<Account, Replica>();
  readonly #inside = new AsyncLocalStorage<{ readonly account: Account; open: boolean }>();
  readonly #running = new Set<Promise<unknown>>();
  readonly #onClose: () => Promise<void>;
  #context!: EngineContext;
  #sync!: ReplicaSync;
  #closed = false;
  #claimTimer: NodeJS.Timeout | undefined;

  /** `connect` is called by `open` (createSimulator is synchronous; the database is reached on start). */
  constructor(
    kind: 'pglite' | 'postgres',
    connect: () => Promise<SqlClient>,
    onClose: () => Promise<void> = async () => {},
  ) {
    this.kind = kind;
    this.#connect = connect;
    this.#onClose = onClose;
  }

  async open(accounts: Accounts, context: EngineContext): Promise<void> {
    this.#context = context;
    this.#sync = new ReplicaSync(
      context,
      (account) => this.#replica(account),
      this.kind === 'postgres' ? CHANNEL : null,
    );
    this.#client = await this.#connect();
    await migrate(this.#client);
    accounts.onCreate((account) => this.#attach(account));
    const rows = await this.#client.withConnection((db) =>
      db.query<AccountRow & { name: string }>('SELECT name, seq, meta FROM accounts ORDER BY name'),
    );
    for (const row of rows) {
      const account = accounts.get(row.name);
      await this.#locked(account, () =>
        this.#client.withConnection((db) => this.#sync.load(db, account, row)),
      );
    }
    await this.#client.listen(CHANNEL, (name) => {
      const account = accounts.find(name);
      if (!account) return;
      this.#track(this.refresh(account)).catch((error) => context.log('catching up failed', error));
      this.#claim(account);
    });
    if (this.kind === 'postgres') {
      // A sender that died released its lock with its session: another instance takes over within a second.
      this.#claimTimer = setInterval(() => {
        for (const account of this.#replicas.keys()) this.#claim(account);
      }, 1000);
      this.#claimTimer.unref();
    }
  }

  async transact<T>(account: Account, work: () => T | Promise<T>): Promise<T> {
    const inside = this.#inside.getStore();
    // A request the work itself sends (a held operation landing on a clock move) is part of its transaction.
    if (inside?.open && inside.account === account) return work();
    return this.#track(
      this.#locked(account, () => this.#client.withConnection((db) => this.#run(db, account, work))),
    );
  }

  async refresh(account: Account): Promise<void> {
    // One process owns a PGlite directory: nobody else commits, there is nothing to catch up with.
    if (this.#client.kind === 'pglite' || this.#closed) return;
    await this.#locked(account, () =>
      this.#client.withConnection(async (db) => {
        const [row] = await db.query<AccountRow>('SELECT seq, meta FROM accounts WHERE name = $1', [
          account.name,
        ]);
        if (row) await this.#sync.catchUp(db, account, row);
      }),
    );
  }

  touch(account: Account): void {
    const replica = this.#replicas.get(account);
    if (!replica || replica.inTransaction || replica.flushQueued || this.#closed) return;
    replica.flushQueued = true;
    setImmediate(() => {
      replica.flushQueued = false;
      this.transact(account, () => {}).catch((error) =>
        this.#context.log('committing a change failed', error),
      );
    });
  }

  async close(): Promise<void> {
    clearInterval(this.#claimTimer);
    // What changed outside a request and is not committed yet (a webhook attempt's log, events handed on to
    // webhooks) is committed before letting go: a graceful stop loses nothing.
    if (this.#client)
      await Promise.allSettled([...this.#replicas.keys()].map((account) => this.transact(account, () => {})));
    this.#closed = true;
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
    await this.#client?.close();
    await this.#onClose();
  }

  #attach(account: Account): void {
    this.#replicas.set(account, new Replica(account, () => this.touch(account)));
    // One process on a PGlite directory sends everything; on postgres one instance per account, elected.
    account.sendsWebhooks = this.kind !== 'postgres';
    this.#claim(account);
    account.scheduler.runTimer = (runDue) => {
      this.transact(account, runDue).catch((error) => this.#context.log('a scheduled job failed', error));
    };
  }

  /**
   * Becomes the account's webhook sender if no live instance is (the lock is a session advisory lock: it dies
   * with its holder). Taking over restores the stored log and pending deliveries, and hands on every event
   * recorded since the last sender's `webhooks_seq`: at least once, as Omise's webhooks.
   */
  #claim(account: Account): void {
    const replica = this.#replica(account);
    if (account.sendsWebhooks || replica.claiming || this.#closed) return;
    replica.claiming = true;
    const takeOver = async () => {
      if (!(await this.#client.tryLock(account.name))) return;
      await this.#locked(account, () =>
        this.#client.withConnection((db) =>
          this.#run(
            db,
            account,
            () => {},
            (row) => this.#sync.takeOver(db, account, row),
          ),
        ),
      );
    };
    this.#track(takeOver())
      .catch((error) => this.#context.log(`taking over webhooks of ${account.name} failed`, error))
      .finally(() => {
        replica.claiming = false;
      });
  }

  #replica(account: Account): Replica {
    return this.#replicas.get(account) as Replica;
  }

  async #locked<T>(account: Account, work: () => Promise<T>): Promise<T> {
    const release = await this.#mutex.lock(account.name);
    try {
      return await work();
    } finally {
      release();
    }
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#running.add(promise);
    void promise.catch(() => {}).finally(() => this.#running.delete(promise));
    return promise;
  }

  async #run<T>(
    db: SqlConnection,
    account: Account,
    work: () => T | Promise<T>,
    afterCatchUp?: (row: AccountRow) => Promise<void>,
  ): Promise<T> {
    const replica = this.#replica(account);
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    await db.query('BEGIN');
    try {
      const row = await this.#sync.lockRow(db, account);
      await this.#sync.catchUp(db, account, row);
      replica.inTransaction = true;
      await afterCatchUp?.(row);
      const inside = { account, open: true };
      try {
        outcome = { ok: true, value: await this.#inside.run(inside, work) };
      } catch (error) {
        // Operations are all-or-nothing: a refused one changed nothing, what settled before it is committed.
        outcome = { ok: false, error };
      } finally {
        inside.open = false;
      }
      await this.#sync.commit(db, account, Number(row.seq));
    } catch (error) {
      await db.query('ROLLBACK').catch(() => {});
      replica.inTransaction = false;
      await this.#sync.reload(db, account);
      this.#context.log(`a transaction on account ${account.name} failed`, error);
      throw omiseError('service_unavailable');
    }
    replica.inTransaction = false;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }
}
