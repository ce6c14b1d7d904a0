/** How far back the occupancy looks: the time constant of its decay, in ms. */
export const OCCUPANCY_WINDOW_MS = 100;

/**
 * How busy the API is lately, two ways, each an average that decays with a time constant of `windowMs`
 * (about the last 100 ms):
 * - `share()`: the share of wall time during which at least one API request was in progress. It changes only
 *   when the API goes from idle to busy or back.
 * - `rate()`: API requests started per second of the time the API had the event loop, that is, leaving out
 *   the background work it was told of (`exclude`: webhook attempts). A client sending short requests back to
 *   back keeps the share low (the time in node's HTTP parsing and writing, in the client's turn and in other
 *   work is not in it), but not its rate; and webhooks that take the loop slow the client down, which would
 *   read as less load, and let more webhooks go, unless their time is left out. Each request is counted as it
 *   starts (a clock read and an exp(), some 50 ns), so a reading at any time is right: a count brought up to
 *   date only when read had to guess when the requests since came, and read as idle an API that had been
 *   busy all along when the share had kept it from being read.
 */
export class ApiOccupancy {
  readonly #now: () => number;
  readonly #windowMs: number;
  #active = 0;
  /** The share as it was at `#since`. */
  #share = 0;
  #since: number;
  /** Requests of the window as they were at `#countedAt`, the last request's start (a count that decays). */
  #recent = 0;
  #countedAt: number;
  /** Background time since `#countedAt`, in ms: not the API's. */
  #excluded = 0;

  constructor(now: () => number = performance.now.bind(performance), windowMs = OCCUPANCY_WINDOW_MS) {
    this.#now = now;
    this.#windowMs = windowMs;
    this.#since = now();
    this.#countedAt = this.#since;
  }

  /** A request starts: a clock read and an exp() for the rate. */
  enter(): void {
    const now = this.#now();
    this.#recent = this.#recent * this.#keptSinceCounted(now) + 1;
    this.#countedAt = now;
    this.#excluded = 0;
    if (this.#active++ === 0) this.#settle(0, now);
  }

  /** A request is over. */
  leave(): void {
    if (--this.#active === 0) this.#settle(1, this.#now());
  }

  /** 0 (idle for the whole window) to 1 (busy all along). */
  share(): number {
    return this.#decayed(this.#active > 0 ? 1 : 0, this.#now());
  }

  /** The event loop spent `ms` on background work just now: left out of the time the rate decays over. */
  exclude(ms: number): void {
    if (ms > 0) this.#excluded += ms;
  }

  /** Requests started a second, lately: each counted as it starts, so a look at any time sees them right. */
  rate(): number {
    return (this.#recent * this.#keptSinceCounted(this.#now()) * 1000) / this.#windowMs;
  }

  /** How much of the count is left after the API's own time since the last request (background left out). */
  #keptSinceCounted(now: number): number {
    return Math.exp(-Math.max(0, now - this.#countedAt - this.#excluded) / this.#windowMs);
  }

  /** The period since `#since` was idle (0) or busy (1): it ends now. */
  #settle(was: number, now: number): void {
    this.#share = this.#decayed(was, now);
    this.#since = now;
  }

  #decayed(was: number, now: number): number {
    const kept = Math.exp(-(now - this.#since) / this.#windowMs);
    return this.#share * kept + was * (1 - kept);
  }
}
