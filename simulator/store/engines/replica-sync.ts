import type { Account } from '../../account/account.js';
import { type AccountMeta, applyMeta, captureMeta, type StoredWebhooks } from './account-meta.js';
import { applyRows, type RecordRow, rederiveJobs } from './apply-rows.js';
import type { Replica } from './replica.js';
import type { SqlConnection } from './sql-client.js';
import type { EngineContext } from './storage-engine.js';
import { writeRecords } from './write-records.js';

/** An account's row: how far it is committed, and its meta (jsonb: an object, or text from some clients). */
export interface AccountRow {
  readonly seq: string | number;
  readonly meta: AccountMeta | string;
}

/**
 * Moves state between a replica and the database, inside a connection the engine holds (and, for all but
 * `load` at start, under the account's row lock): commit what the replica changed, catch it up with what
 * others committed, load it whole, take over its webhooks.
 */
export class ReplicaSync {
  readonly #context: EngineContext;
  readonly #replica: (account: Account) => Replica;
  /** The NOTIFY channel after each commit (postgres), or null (PGlite: one process). */
  readonly #channel: string | null;

  constructor(context: EngineContext, replica: (account: Account) => Replica, channel: string | null) {
    this.#context = context;
    this.#replica = replica;
    this.#channel = channel;
  }

  async takeOver(db: SqlConnection, account: Account, row: AccountRow): Promise<void> {
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

  async lockRow(db: SqlConnection, account: Account): Promise<AccountRow> {
    const select = 'SELECT seq, meta FROM accounts WHERE name = $1 FOR UPDATE';
    const [row] = await db.query<AccountRow>(select, [account.name]);
    if (row) return row;
    const meta = JSON.stringify(this.meta(account, 0));
    await db.query(
      'INSERT INTO accounts (name, seq, meta) VALUES ($1, 0, $2) ON CONFLICT (name) DO NOTHING',
      [account.name, meta],
    );
    const [made] = await db.query<AccountRow>(select, [account.name]);
    return made as AccountRow;
  }

  async commit(db: SqlConnection, account: Account, rowSeq: number): Promise<void> {
    const replica = this.#replica(account);
    const meta = this.meta(account, replica.seq);
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
    if (this.#channel) await db.query('SELECT pg_notify($1, $2)', [this.#channel, account.name]);
    await db.query('COMMIT');
    replica.seq = seq;
    replica.metaJson = writtenJson;
    replica.reset = false;
  }

  /** The meta now; `sent`: how far a sender has handed events on (a non-sender writes back the stored log). */
  meta(account: Account, sent: number): AccountMeta {
    const replica = this.#replica(account);
    const webhooks = this.#context.webhooksOf(account.name);
    return captureMeta(account, webhooks, replica.epoch, account.sendsWebhooks ? sent : replica.stored);
  }

  /** Applies what other instances committed since the replica's seq (all of the account after a reset). */
  async catchUp(db: SqlConnection, account: Account, row: AccountRow): Promise<void> {
    const replica = this.#replica(account);
    const seq = Number(row.seq);
    if (replica.synced && seq <= replica.seq) return;
    const meta = parseMeta(row.meta);
    if (meta.epoch !== replica.epoch) return this.load(db, account, row);
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
  async load(db: SqlConnection, account: Account, row: AccountRow): Promise<void> {
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

  async reload(db: SqlConnection, account: Account): Promise<void> {
    const [row] = await db
      .query<AccountRow>('SELECT seq, meta FROM accounts WHERE name = $1', [account.name])
      .catch(() => []);
    if (row) await this.load(db, account, row).catch(() => {});
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
    replica.metaJson = JSON.stringify(this.meta(account, seq));
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
