interface Waiter {
  readonly accountName: string | undefined;
  readonly resolve: () => void;
  readonly timer: NodeJS.Timeout;
}

/** Promises that resolve when an account's webhooks (or every account's) have nothing in flight or due. */
export class IdleWaiters {
  readonly #waiters = new Set<Waiter>();
  readonly #isIdle: (accountName: string | undefined) => boolean;
  readonly #onWait: () => void;

  /** `onWait` hears every wait that has to wait (paced attempts may go at once from then on). */
  constructor(isIdle: (accountName: string | undefined) => boolean, onWait: () => void = () => {}) {
    this.#isIdle = isIdle;
    this.#onWait = onWait;
  }

  /** Someone waits for the account's webhooks to settle (or for every account's). */
  waitsFor(accountName: string): boolean {
    for (const waiter of this.#waiters)
      if (waiter.accountName === undefined || waiter.accountName === accountName) return true;
    return false;
  }

  wait(accountName: string | undefined, timeoutMs: number, describe: () => string): Promise<void> {
    if (this.#isIdle(accountName)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`webhooks did not settle within ${timeoutMs} ms: ${describe()}`));
      }, timeoutMs);
      const waiter: Waiter = { accountName, resolve, timer };
      this.#waiters.add(waiter);
      this.#onWait();
    });
  }

  check(): void {
    for (const waiter of this.#waiters) {
      if (!this.#isIdle(waiter.accountName)) continue;
      clearTimeout(waiter.timer);
      this.#waiters.delete(waiter);
      waiter.resolve();
    }
  }
}
