/** How far back the occupancy looks: the time constant of its decay, in ms. */
export const OCCUPANCY_WINDOW_MS = 100;

/**
 * How busy the API is lately, two ways, each an average that decays with a time constant of `windowMs`
 * (about the last 100 ms):
 * - `share()`: the share of wall time during which at least one API request was in progress. It changes only
 *   when the API goes from idle to busy or back, so a request costs a counter, and a clock read and an exp()
 *   at those edges only.
 * - `rate()`: API requests started per second of the time the API had the event loop, that is, leaving out
 *   the background work it was told of (`exclude`: webhook attempts). A client sending short requests back to
 *   back keeps the share low (the time in node's HTTP parsing and writing, in the client's turn and in other
 *   work is not in it), but not its rate; and webhooks that take the loop slow the client down, which would
 *   read as less load, and let more webhooks go, unless their time is left out.
 */
export class ApiOccupancy {
  readonly #now: () => number;
  readonly #windowMs: number;
  #active = 0;
  /** The share as it was at `#since`. */
  #share = 0;
  #since: number;
  /** Requests started, ever; and that count when `rate()` last looked. */
  #started = 0;
  #startedThen = 0;
  /** Requests of the window as they were at `#ratedAt` (a count that decays). */
  #recent = 0;
  #ratedAt: number;
  /** Background time since `#ratedAt`, in ms: not the API's. */
  #excluded = 0;

  constructor(now: () => number = performance.now.bind(performance), windowMs = OCCUPANCY_WINDOW_MS) {
    this.#now = now;
    this.#windowMs = windowMs;
    this.#since = now();
    this.#ratedAt = this.#since;
  }

  /** A request starts. */
  enter(): void {
    this.#started++;
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

  /** The event loop spent `ms` on background work just now: left out of the time `rate()` divides by. */
  exclude(ms: number): void {
    if (ms > 0) this.#excluded += ms;
  }

  /**
   * Requests started a second, lately. Those started since the last look count as if spread evenly over the
   * time since (their decay taken at its middle), so a look long after a burst does not see it as recent.
   */
  rate(): number {
    const now = this.#now();
    const elapsed = Math.max(0, now - this.#ratedAt - this.#excluded);
    this.#excluded = 0;
    const fresh = this.#started - this.#startedThen;
    this.#recent =
      this.#recent * Math.exp(-elapsed / this.#windowMs) + fresh * Math.exp(-elapsed / 2 / this.#windowMs);
    this.#startedThen = this.#started;
    this.#ratedAt = now;
    return (this.#recent * 1000) / this.#windowMs;
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
