import type { Account } from '../../account/account.js';
import type { StorageEngine } from './storage-engine.js';

/** Today's store: the replica is the only copy, so a transaction is just the (synchronous) work. */
export class MemoryEngine implements StorageEngine {
  readonly kind = 'memory';

  async open(): Promise<void> {}

  // Not async: a request's work on the memory engine is done in the request's own turn.
  transact<T>(_account: Account, work: () => T | Promise<T>): T | Promise<T> {
    return work();
  }

  refresh(): undefined {
    return undefined;
  }

  touch(): void {}

  async close(): Promise<void> {}
}
