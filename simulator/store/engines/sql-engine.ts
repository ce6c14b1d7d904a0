import { AsyncLocalStorage } from 'node:async_hooks';
import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import { omiseError } from '../../errors/omise-error.js';
import { type AccountMeta, applyMeta, captureMeta, type StoredWebhooks } from './account-meta.js';
import { applyRows, type RecordRow, rederiveJobs } from './apply-rows.js';
import { KeyedMutex } from './keyed-mutex.js';
import { migrate } from './migrations.js';
import { Replica } from './replica.js';
import type { SqlClient, SqlConnection } from './sql-client.js';
import type { EngineContext, StorageEngine } from './storage-engine.js';
import { writeRecords } from './write-records.js';

interface AccountRow {
  readonly seq: string | number;
  readonly meta: AccountMeta | string;
}

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
    this.#client = await this.#connect();
    await migrate(this.#client);
    accounts.onCreate((account) => this.#attach(account));
    const rows = await this.#client.withConnection((db) =>
      db.query<AccountRow & { name: string }>('SELECT name, seq, meta FROM accounts ORDER BY name'),
    );
    for (const row of rows) {
      const account = accounts.get(row.name);
      await this.#locked(account, () => this.#client.withConnection((db) => this.#load(db, account, row)));
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
        if (row) await this.#catchUp(db, account, row);
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
            (row) => this.#takeOver(db, account, row),
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

  async #takeOver(db: SqlConnection, account: Account, row: AccountRow): Promise<void> {
    const meta = parseMeta(row.meta); // read under the row lock: the latest
    this.#context.resetWebhooks(account.name);
    const webhooks = this.#context.webhooksOf(account.name);
    applyMeta(account, webhooks, meta, true);
    account.sendsWebhooks = true;
    const events = await db.query<{ id: string }>(
      'SELECT id FROM records WHERE account = $1 AND kind = $2 AND NOT deleted AND created_seq > $3 ORDER BY created_seq, created_ord',
      [account.name, account.store.events.kind, meta.webhooks_seq ?? 0],
    );
    for (const { id } of events) {
      const event = account.store.events.get(id);
      if (event) webhooks.handleEvent(event);
    }
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
      const row = await this.#lockRow(db, account);
      await this.#catchUp(db, account, row);
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
      await this.#commit(db, account, Number(row.seq));
    } catch (error) {
      await db.query('ROLLBACK').catch(() => {});
      replica.inTransaction = false;
      await this.#reload(db, account);
      this.#context.log(`a transaction on account ${account.name} failed`, error);
      throw omiseError('service_unavailable');
    }
    replica.inTransaction = false;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  async #lockRow(db: SqlConnection, account: Account): Promise<AccountRow> {
    const select = 'SELECT seq, meta FROM accounts WHERE name = $1 FOR UPDATE';
    const [row] = await db.query<AccountRow>(select, [account.name]);
    if (row) return row;
    const meta = JSON.stringify(this.#meta(account, 0));
    await db.query(
      'INSERT INTO accounts (name, seq, meta) VALUES ($1, 0, $2) ON CONFLICT (name) DO NOTHING',
      [account.name, meta],
    );
    const [made] = await db.query<AccountRow>(select, [account.name]);
    return made as AccountRow;
  }

  async #commit(db: SqlConnection, account: Account, rowSeq: number): Promise<void> {
    const replica = this.#replica(account);
    const meta = this.#meta(account, replica.seq);
    const metaJson = JSON.stringify(meta);
    if (!replica.reset && replica.writes.size === 0 && metaJson === replica.metaJson) {
      await db.query('COMMIT');
      return;
    }
    const seq = rowSeq + 1;
    if (replica.reset) await db.query('DELETE FROM records WHERE account = $1', [account.name]);
    await writeRecords(db, account.name, seq, replica.takeWrites());
    // The sender has handed every event through this commit to webhooks (its own, synchronously as recorded).
    const written = account.sendsWebhooks ? { ...meta, webhooks_seq: seq } : meta;
    const writtenJson = JSON.stringify(written);
    await db.query('UPDATE accounts SET seq = $2, meta = $3 WHERE name = $1', [
      account.name,
      seq,
      writtenJson,
    ]);
    if (this.#client.kind === 'postgres') await db.query('SELECT pg_notify($1, $2)', [CHANNEL, account.name]);
    await db.query('COMMIT');
    replica.seq = seq;
    replica.metaJson = writtenJson;
    replica.reset = false;
  }

  /** The meta now; `sent`: how far a sender has handed events on (a non-sender writes back the stored log). */
  #meta(account: Account, sent: number): AccountMeta {
    const replica = this.#replica(account);
    const webhooks = this.#context.webhooksOf(account.name);
    return captureMeta(account, webhooks, replica.epoch, account.sendsWebhooks ? sent : replica.stored);
  }

  /** Applies what other instances committed since the replica's seq (all of the account after a reset). */
  async #catchUp(db: SqlConnection, account: Account, row: AccountRow): Promise<void> {
    const replica = this.#replica(account);
    const seq = Number(row.seq);
    if (replica.synced && seq <= replica.seq) return;
    const meta = parseMeta(row.meta);
    if (meta.epoch !== replica.epoch) return this.#load(db, account, row);
    const rows = await db.query<RecordRow>(
      'SELECT kind, id, data, deleted FROM records WHERE account = $1 AND seq > $2 ORDER BY created_seq, created_ord',
      [account.name, replica.seq],
    );
    const webhooks = this.#context.webhooksOf(account.name);
    const fresh = this.#apply(account, () => {
      const records = applyRows(account, rows, (kind) => this.#unknownKind(kind));
      applyMeta(account, webhooks, meta, false);
      return records;
    });
    this.#replica(account).stored = storedOf(meta);
    this.#synced(account, seq, meta.epoch);
    rederiveJobs(account, fresh.charges);
    // Events other instances recorded go out from here when this instance is the account's sender.
    if (account.sendsWebhooks) for (const event of fresh.events) webhooks.handleEvent(event);
  }

  /** Loads the whole account into its replica (on start, after a reset elsewhere, after a failed commit). */
  async #load(db: SqlConnection, account: Account, row: AccountRow): Promise<void> {
    const meta = parseMeta(row.meta);
    const rows = await db.query<RecordRow>(
      'SELECT kind, id, data, deleted FROM records WHERE account = $1 AND NOT deleted ORDER BY created_seq, created_ord',
      [account.name],
    );
    const fresh = this.#apply(account, () => {
      account.reset();
      const records = applyRows(account, rows, (kind) => this.#unknownKind(kind));
      const webhooks = this.#context.webhooksOf(account.name);
      applyMeta(account, webhooks, meta, account.sendsWebhooks);
      this.#context.keepSecret(account.name, webhooks.settings.secret);
      return records;
    });
    const replica = this.#replica(account);
    replica.writes.clear();
    replica.stored = storedOf(meta);
    this.#synced(account, Number(row.seq), meta.epoch);
    rederiveJobs(account, fresh.charges);
  }

  async #reload(db: SqlConnection, account: Account): Promise<void> {
    const [row] = await db
      .query<AccountRow>('SELECT seq, meta FROM accounts WHERE name = $1', [account.name])
      .catch(() => []);
    if (row) await this.#load(db, account, row).catch(() => {});
  }

  #apply<T>(account: Account, apply: () => T): T {
    const replica = this.#replica(account);
    replica.applying = true;
    try {
      return account.recordPast(apply);
    } finally {
      replica.applying = false;
    }
  }

  #synced(account: Account, seq: number, epoch: number): void {
    const replica = this.#replica(account);
    replica.seq = seq;
    replica.epoch = epoch;
    replica.synced = true;
    replica.reset = false;
    replica.metaJson = JSON.stringify(this.#meta(account, seq));
  }

  #unknownKind(kind: string): void {
    this.#context.log(`records of kind ${kind} have no table in this version; left in the database`);
  }
}

function storedOf(meta: AccountMeta): StoredWebhooks {
  return { attempts: meta.webhooks.attempts, pending: meta.webhooks.pending, seq: meta.webhooks_seq ?? 0 };
}

function parseMeta(meta: AccountMeta | string): AccountMeta {
  return typeof meta === 'string' ? (JSON.parse(meta) as AccountMeta) : meta;
}
