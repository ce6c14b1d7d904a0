import type { Account } from '../../account/account.js';
import type { StoredWebhooks } from './account-meta.js';

/** A record written in the replica and not committed yet (`record` undefined: deleted). */
export interface PendingWrite {
  readonly kind: string;
  readonly id: string;
  readonly record: unknown;
}

/** What the engine knows of one account's replica: how far it is caught up, and what it changed since. */
export class Replica {
  /** The account row's seq the replica has applied (or written). */
  seq = 0;
  epoch = 0;
  /** The meta as last committed or applied, to tell whether a transaction changed it. */
  metaJson = '';
  /** Whether it has read its account row once (another instance may have made the account first). */
  synced = false;
  /** Applying committed rows: those writes are not changes to commit. */
  applying = false;
  /** The account's lock is held by this instance: writes are part of that transaction. */
  inTransaction = false;
  /** Reset since the last commit: the commit deletes the account's rows first. */
  reset = false;
  flushQueued = false;
  /** Asking for the webhooks lock right now. */
  claiming = false;
  /** The stored delivery log and pending deliveries (what a replica that does not send webhooks writes back). */
  stored: StoredWebhooks = { attempts: [], pending: [], seq: 0 };
  readonly writes = new Map<string, PendingWrite>();

  constructor(account: Account, onOutsideWrite: () => void) {
    account.store.onWrite((kind, id, record) => {
      if (this.applying) return;
      this.writes.set(`${kind}\u0000${id}`, { kind, id, record });
      if (!this.inTransaction) onOutsideWrite();
    });
    account.onReset(() => {
      if (this.applying) return;
      this.reset = true;
      this.epoch++;
      this.stored = { attempts: [], pending: [], seq: this.stored.seq };
      this.writes.clear();
    });
  }

  /** Takes the writes to commit (later writes start a new list). */
  takeWrites(): PendingWrite[] {
    const writes = [...this.writes.values()];
    this.writes.clear();
    return writes;
  }
}
