import { checkClockTarget } from './clock-range.js';

/**
 * An account's clock: real time by default, or frozen; it can be advanced or set either way.
 * Time is in epoch milliseconds. Listeners hear every change so the scheduler can fire what became due.
 */
export class AccountClock {
  #offsetMs = 0;
  #frozenAtMs: number | null = null;
  readonly #realNow: () => number;
  readonly #listeners = new Set<() => void>();

  constructor(realNow: () => number = Date.now) {
    this.#realNow = realNow;
  }

  now(): number {
    return this.#frozenAtMs ?? this.#realNow() + this.#offsetMs;
  }

  /** How far a running clock is from real time (what a snapshot keeps of it). */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  get frozen(): boolean {
    return this.#frozenAtMs !== null;
  }

  freeze(): void {
    this.#frozenAtMs = this.now();
    this.#changed();
  }

  resume(): void {
    if (this.#frozenAtMs === null) return;
    this.#offsetMs = this.#frozenAtMs - this.#realNow();
    this.#frozenAtMs = null;
    this.#changed();
  }

  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  /** Refuses (400 bad_request) a time outside the clock's range: nothing would render past it. */
  set(epochMs: number): void {
    checkClockTarget(epochMs);
    if (this.#frozenAtMs !== null) this.#frozenAtMs = epochMs;
    else this.#offsetMs = epochMs - this.#realNow();
    this.#changed();
  }

  /**
   * Takes the clock's state as another instance committed it, without firing anything: jobs it made due fire
   * in the transaction that next runs them (see Scheduler.rearm).
   */
  restore(state: { readonly frozen: boolean; readonly nowMs: number; readonly offsetMs: number }): void {
    this.#frozenAtMs = state.frozen ? state.nowMs : null;
    this.#offsetMs = state.frozen ? 0 : state.offsetMs;
  }

  /** Back to real time, unfrozen. */
  reset(): void {
    this.#offsetMs = 0;
    this.#frozenAtMs = null;
    this.#changed();
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
