import type { Account } from '../../simulator/account/account.js';
import { caughtUp } from './caught-up.js';

/**
 * What a read of an in-process account can answer changes only with the account's records, its clock, its
 * API version, or a reset. `mark()` names all four after firing what the clock made due (as the read itself
 * would first): a read of the same path under the same mark would get the same answer again (see
 * SimulatorControl.read). Only for the harness's own simulator, on the memory engine, whose records no other
 * process writes.
 */
export class AccountChanges {
  readonly #account: Account;
  readonly #stop: ReadonlyArray<() => void>;
  #changes = 0;

  constructor(account: Account) {
    this.#account = account;
    const changed = () => {
      this.#changes++;
    };
    this.#stop = [account.store.onWrite(changed), account.onReset(changed)];
  }

  async mark(): Promise<string> {
    const account = this.#account;
    await caughtUp(account);
    return `${this.#changes} ${account.clock.now()} ${account.apiVersion}`;
  }

  stop(): void {
    for (const stop of this.#stop) stop();
  }
}
