import type { PendingWrite } from './replica.js';
import type { SqlConnection } from './sql-client.js';

/**
 * Upserts a transaction's writes as one statement: a new row takes the transaction's seq as `created_seq`
 * and its place in the transaction as `created_ord` (creation order); an existing row keeps both.
 */
export async function writeRecords(
  db: SqlConnection,
  account: string,
  seq: number,
  writes: readonly PendingWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  const rows = writes.map((write, ord) => [write.kind, write.id, ord, write.record ?? null]);
  await db.query(
    `INSERT INTO records (account, kind, id, created_seq, created_ord, seq, data, deleted)
     SELECT $1, e->>0, e->>1, $2, (e->>2)::integer, $2, e->3, jsonb_typeof(e->3) = 'null'
     FROM jsonb_array_elements($3::jsonb) AS e
     ON CONFLICT (account, kind, id) DO UPDATE SET seq = EXCLUDED.seq, data = EXCLUDED.data, deleted = EXCLUDED.deleted`,
    [account, seq, JSON.stringify(rows)],
  );
}
