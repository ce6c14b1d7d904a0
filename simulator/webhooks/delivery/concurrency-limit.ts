const PACE_RECHECK_MS = 20;

/** Says whether an attempt may start now (0) or in how many ms (`DeliveryPacer`). */
export interface Pace {
  /** `urgent`: someone waits for this attempt's account to settle. */
  take(urgent?: boolean): number;
  /** An attempt took `ms` of the event loop to start. */
  spent(ms: number): void;
}

/**
 * Bounds how many webhook requests are open at once, across all accounts, so a burst of events queues
 * instead of opening a socket per event; a `pace` may also hold attempts back for a while (webhooks yield
 * to a busy API). Waiters are called back in the order they started waiting.
 */
export class ConcurrencyLimit {
  readonly max: number;
  readonly #pace: Pace | undefined;
  #used = 0;
  readonly #waiting = new Set<() => void>();
  #paceTimer: NodeJS.Timeout | undefined;

  constructor(max: number, pace?: Pace) {
    this.max = max;
    this.#pace = pace;
  }

  get used(): number {
    return this.#used;
  }

  /** `urgent`: someone waits for the attempt's account to settle (the pace lets it go at once). */
  tryAcquire(urgent = false): boolean {
    if (this.#used >= this.max) return false;
    const wait = this.#pace?.take(urgent) ?? 0;
    if (wait > 0) {
      this.#wakeIn(wait);
      return false;
    }
    this.#used++;
    return true;
  }

  /** An attempt took `ms` of the event loop to start (the pace may hold the next ones back for it). */
  spent(ms: number): void {
    this.#pace?.spent(ms);
  }

  release(): void {
    this.#used--;
    this.#wakeAll();
  }

  /** Calls `wake` once, the next time a slot frees up or the pace lets the next attempt go. */
  whenFree(wake: () => void): void {
    this.#waiting.add(wake);
  }

  forget(wake: () => void): void {
    this.#waiting.delete(wake);
  }

  /** The pace may have changed its mind (someone now waits for the webhooks): the waiters look again. */
  recheck(): void {
    this.#wakeAll();
  }

  /** Stops the pace's timer (the simulator closes). */
  close(): void {
    clearTimeout(this.#paceTimer);
    this.#paceTimer = undefined;
  }

  /**
   * One timer for every waiter: paced attempts go on by themselves, whatever the API does. It looks again
   * within PACE_RECHECK_MS at most, so attempts held back go at full speed soon after the API quietens.
   */
  #wakeIn(ms: number): void {
    if (this.#paceTimer !== undefined) return;
    this.#paceTimer = setTimeout(
      () => {
        this.#paceTimer = undefined;
        this.#wakeAll();
      },
      Math.ceil(Math.min(ms, PACE_RECHECK_MS)),
    );
  }

  #wakeAll(): void {
    if (this.#waiting.size === 0) return;
    const waiting = [...this.#waiting];
    this.#waiting.clear();
    for (const wake of waiting) wake();
  }
}
