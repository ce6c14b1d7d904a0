/** One connection: a transaction's statements all go through the same one. */
export interface SqlConnection {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** What the SQL engine needs of a PostgreSQL client: PGlite (embedded) and `pg` (a server) both give it. */
export interface SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** Holds one connection for `work` (BEGIN ... COMMIT must not interleave with other work). */
  withConnection<T>(work: (connection: SqlConnection) => Promise<T>): Promise<T>;
  /** Hears `NOTIFY` on the channel from other instances (PGlite has none: it is one process). */
  listen(channel: string, onNotify: (payload: string) => void): Promise<void>;
  /**
   * Takes a lock held for as long as this process's session lives (a PostgreSQL session advisory lock): it is
   * released when the process dies, which is how another instance knows it may take over. PGlite: always true.
   */
  tryLock(key: string): Promise<boolean>;
  close(): Promise<void>;
}
