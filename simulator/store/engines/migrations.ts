import type { SqlClient } from './sql-client.js';

/**
 * The schema, one step per version, applied in order on start under an advisory lock (several instances may
 * start at once). Records of every kind share one table: an engine persists any `RecordTable` by its kind.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE accounts (name text PRIMARY KEY, seq bigint NOT NULL, meta jsonb NOT NULL);
   CREATE TABLE records (
     account text NOT NULL, kind text NOT NULL, id text NOT NULL,
     created_seq bigint NOT NULL, created_ord integer NOT NULL, seq bigint NOT NULL,
     data jsonb, deleted boolean NOT NULL DEFAULT false,
     PRIMARY KEY (account, kind, id));
   CREATE INDEX records_catch_up ON records (account, seq);
   CREATE INDEX records_load ON records (account, created_seq, created_ord);`,
];

const LOCK_KEY = 0x0e15e51d;

export async function migrate(client: SqlClient): Promise<void> {
  await client.withConnection(async (db) => {
    await db.query('BEGIN');
    try {
      await db.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await db.query(
        'CREATE TABLE IF NOT EXISTS omise_sim_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const rows = await db.query<{ version: number }>(
        'SELECT max(version) AS version FROM omise_sim_migrations',
      );
      for (let version = (rows[0]?.version ?? 0) + 1; version <= MIGRATIONS.length; version++) {
        for (const statement of (MIGRATIONS[version - 1] as string).split(';'))
          if (statement.trim()) await db.query(statement);
        await db.query('INSERT INTO omise_sim_migrations (version) VALUES ($1)', [version]);
      }
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  });
}
