import pg from 'pg';
import type { SqlClient } from './sql-client.js';

/** A PostgreSQL server through `pg`: a pool for transactions, one more connection to LISTEN. */
export async function pgClient(connectionString: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // Fails at start (a wrong URL, no server) rather than at the first request.
  await pool.query('SELECT 1');
  const listeners: pg.Client[] = [];
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    async withConnection(work) {
      const client = await pool.connect();
      try {
        return await work({
          query: async (text, params) => (await client.query(text, params as unknown[])).rows,
        });
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      const client = new pg.Client({ connectionString });
      client.on('error', () => {});
      await client.connect();
      client.on('notification', (message) => onNotify(message.payload ?? ''));
      await client.query(`LISTEN ${channel}`);
      listeners.push(client);
    },
    async close() {
      await Promise.all(listeners.map((client) => client.end().catch(() => {})));
      await pool.end();
    },
  };
}
