import type { Accounts } from '../account/accounts.js';
import type { RequestLimits } from '../http/limits/request-limits.js';
import type { SimulatorWebhooks } from '../webhooks/simulator-webhooks.js';
import { exportAccount } from './export-account.js';
import { isTime } from './field-checks.js';
import { importAccount } from './import-account.js';
import { invalid } from './invalid-snapshot.js';
import { readSnapshotJson, snapshotLimits } from './parse-snapshot-text.js';
import { readSnapshotFile } from './read-snapshot-file.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotFile } from './snapshot-file.js';
import { snapshotMessages } from './snapshot-messages.js';

/** `--load` could not read or take the file: the CLI says why and exits 2. */
export class SnapshotLoadError extends Error {}

export interface ImportOptions {
  /** Import a one-account file into this account, whatever its name in the file. */
  readonly into?: string;
}

/** `simulator.snapshots`: accounts to a snapshot file and back (`/_sim/snapshot`, `--load`). */
export class Snapshots {
  readonly #accounts: Accounts;
  readonly #webhooks: SimulatorWebhooks;
  readonly #realNow: () => number;
  readonly #limits: RequestLimits;

  constructor(
    accounts: Accounts,
    webhooks: SimulatorWebhooks,
    realNow: () => number = Date.now,
    /** The nesting requests may make: a file read from disk may hold as much (plus its own). */
    requestDepth?: number,
  ) {
    this.#accounts = accounts;
    this.#webhooks = webhooks;
    this.#realNow = realNow;
    this.#limits = snapshotLimits(requestDepth);
  }

  /** The named accounts (every account there is when none are named), as a snapshot file. */
  export(names?: readonly string[]): SnapshotFile {
    const accounts = names ? names.map((name) => this.#accounts.get(name)) : [...this.#accounts.all()];
    for (const account of accounts) account.settle();
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      exported_at: new Date(this.#realNow()).toISOString(),
      accounts: accounts.map((account) => exportAccount(account, this.#webhooks.state(account.name))),
    };
  }

  /**
   * Checks the whole file, then replaces each account it holds (or, with `into`, that one account) by its
   * state in the file. A file that fails the check changes nothing. Returns the names of the accounts replaced.
   */
  import(value: unknown, options: ImportOptions = {}): string[] {
    const file = readSnapshotFile(value);
    file.accounts.forEach((account, index) => {
      // A running clock comes back at real time plus its offset, which must still be a time a date can show.
      if (!account.clock.frozen && !isTime(this.#realNow() + account.clock.offset_ms))
        throw invalid(snapshotMessages.invalidAt(`accounts[${index}].clock.offset_ms`));
    });
    if (options.into !== undefined && file.accounts.length !== 1)
      throw invalid(snapshotMessages.oneAccountExpected(file.accounts.length));
    return file.accounts.map((snapshot) => {
      const name = options.into ?? snapshot.name;
      importAccount(this.#accounts.get(name), () => this.#webhooks.state(name), snapshot);
      return name;
    });
  }

  /** `createSimulator({ load })`: every account of a file (by path) or of its JSON; throws a SnapshotLoadError. */
  load(source: string | SnapshotFile): string[] {
    const name = typeof source === 'string' ? source : 'given';
    try {
      return this.import(typeof source === 'string' ? readSnapshotJson(source, this.#limits) : source);
    } catch (error) {
      throw new SnapshotLoadError(snapshotMessages.unreadableFile(name, (error as Error).message));
    }
  }
}
