/** How far back the occupancy looks: the time constant of its decay, in ms. */
export const OCCUPANCY_WINDOW_MS = 100;

/**
 * The share of recent wall time during which at least one API request was in progress: an average that
 * decays with a time constant of `windowMs` (about the last 100 ms). It changes only when the API goes from
 * idle to busy or back, so a request costs a counter, and a clock read and an exp() at those edges only.
 */
export class ApiOccupancy {
  readonly #now: () => number;
  readonly #windowMs: number;
  #active = 0;
  /** The share as it was at `#since`. */
  #share = 0;
  #since: number;

  constructor(now: () => number = performance.now.bind(performance), windowMs = OCCUPANCY_WINDOW_MS) {
    this.#now = now;
    this.#windowMs = windowMs;
    this.#since = now();
  }

  /** A request starts. */
  enter(): void {
    if (this.#active++ === 0) this.#settle(0);
  }

  /** A request is over. */
  leave(): void {
    if (--this.#active === 0) this.#settle(1);
  }

  /** 0 (idle for the whole window) to 1 (busy all along). */
  share(): number {
    return this.#decayed(this.#active > 0 ? 1 : 0, this.#now());
  }

  /** The period since `#since` was idle (0) or busy (1): it ends now. */
  #settle(was: number): void {
    const now = this.#now();
    this.#share = this.#decayed(was, now);
    this.#since = now;
  }

  #decayed(was: number, now: number): number {
    const kept = Math.exp(-(now - this.#since) / this.#windowMs);
    return this.#share * kept + was * (1 - kept);
  }
}
