import { PGlite } from '@electric-sql/pglite';
import { KeyedMutex } from './keyed-mutex.js';
import type { SqlClient, SqlConnection } from './sql-client.js';

/**
 * PGlite: PostgreSQL compiled to WASM, in this process, its files in `dataDir`. It has one connection, so
 * transactions take turns (one process: the account mutex already orders each account's work).
 */
export async function pgliteClient(dataDir: string): Promise<SqlClient> {
  // relaxedDurability stays off (the default): a query answers only once its data is written.
  const db = await PGlite.create(dataDir);
  const turns = new KeyedMutex();
  const connection: SqlConnection = {
    query: async <Row>(text: string, params?: readonly unknown[]) =>
      (await db.query<Row>(text, params ? [...params] : undefined)).rows,
  };
  return {
    kind: 'pglite',
    async withConnection(work) {
      const release = await turns.lock('connection');
      try {
        return await work(connection);
      } finally {
        release();
      }
    },
    async listen() {},
    tryLock: async () => true,
    close: () => db.close(),
  };
}
