const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The one real-time timer of a scheduler, set for its next job's due time. A delay beyond what setTimeout
 * takes is capped: the timer then fires early, and whoever it calls must set it again.
 */
export class DueTimer {
  #timer: NodeJS.Timeout | undefined;
  /** The due time the timer is set for, if it is set. */
  #armedFor: number | undefined;

  get armedFor(): number | undefined {
    return this.#armedFor;
  }

  /** Sets the timer to call `fire` at `dueAt`, `now` being the clock's time (unref'd: it keeps no process up). */
  set(dueAt: number, now: number, fire: () => void): void {
    this.clear();
    const delay = Math.min(Math.max(dueAt - now, 0), MAX_TIMER_MS);
    this.#timer = setTimeout(() => {
      this.clear();
      fire();
    }, delay);
    this.#timer.unref();
    this.#armedFor = dueAt;
  }

  clear(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = undefined;
  }
}
