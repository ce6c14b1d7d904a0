import pg from 'pg';
import { oneAtATime } from '../../shared/one-at-a-time.js';
import type { SqlClient } from './sql-client.js';

/**
 * A PostgreSQL server through `pg`: a pool for transactions, and one session of its own that LISTENs and holds
 * this process's advisory locks (they go when the process does).
 */
export async function pgClient(connectionString: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  pool.on('error', () => {});
  // Fails at start (a wrong URL, no server) rather than at the first request.
  await pool.query('SELECT 1');
  const session = new pg.Client({ connectionString });
  session.on('error', () => {});
  await session.connect();
  // `pg` queues a query sent while another runs on the same client, but that is deprecated (an error from
  // pg 9): the LISTEN and the lock claims of several accounts overlap.
  const onSession = oneAtATime();
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
      session.on('notification', (message) => onNotify(message.payload ?? ''));
      await onSession(() => session.query(`LISTEN ${channel}`));
    },
    async tryLock(key) {
      const { rows } = await onSession(() =>
        session.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_lock(hashtext('omise_sim:' || $1)) AS locked",
          [key],
        ),
      );
      return rows[0]?.locked === true;
    },
    async close() {
      await session.end().catch(() => {});
      await pool.end();
    },
  };
}
