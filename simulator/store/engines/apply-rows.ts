import type { Account } from '../../account/account.js';
import type { ChargeRecord, EventRecord } from '../../domain/records.js';
import { scheduleExpiry } from '../../operations/charge-operations.js';

export interface FreshRecords {
  readonly charges: ChargeRecord[];
  readonly events: EventRecord[];
}

/** A record as committed: `deleted` rows are kept so that another replica hears of the delete. */
export interface RecordRow {
  readonly kind: string;
  readonly id: string;
  readonly data: unknown;
  readonly deleted: boolean;
}

/**
 * Writes committed rows into the replica's tables, found by kind (any table, none named here), in creation
 * order: a record new to the replica is appended, one it has is replaced in place. Returns the charges new to
 * the replica (their scheduled work: `rederiveJobs`) and the events (for the instance that sends webhooks).
 */
export function applyRows(
  account: Account,
  rows: readonly RecordRow[],
  onUnknownKind: (kind: string) => void,
): FreshRecords {
  const tables = new Map(account.store.tables.map((table) => [table.kind, table]));
  const fresh = { charges: [] as ChargeRecord[], events: [] as EventRecord[] };
  for (const row of rows) {
    const table = tables.get(row.kind);
    if (!table) {
      onUnknownKind(row.kind);
      continue;
    }
    if (row.deleted) {
      table.delete(row.id);
      continue;
    }
    const isNew = !table.has(row.id);
    table.set(row.id, row.data);
    if (isNew && row.kind === account.store.charges.kind) fresh.charges.push(row.data as ChargeRecord);
    if (isNew && row.kind === account.store.events.kind) fresh.events.push(row.data as EventRecord);
  }
  return fresh;
}

/**
 * Scheduled work follows from state: a charge new to the replica gets its expiry check, as a snapshot import
 * gives it. Called once the rows are applied, so that what falls due fires as a change to commit.
 */
export function rederiveJobs(account: Account, charges: readonly ChargeRecord[]): void {
  const now = account.clock.now();
  for (const charge of charges)
    if (charge.status === 'pending' || charge.expiresAt > now) scheduleExpiry(account, charge);
}
