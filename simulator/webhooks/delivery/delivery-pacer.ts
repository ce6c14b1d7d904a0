/** Attempts the bucket lets go at once when the API becomes busy: isolated webhooks never wait. */
export const DEFAULT_BURST = 64;
/** Attempts per second while the API is busy (Omise's own rate is not published: assumed). */
export const DEFAULT_BUSY_RATE = 500;
/**
 * The API is busy when a request was in progress for more than this share of the last ~100 ms. Not a half:
 * the share counts the time inside the app only, without node's HTTP parsing and writing or the client's
 * turn, so one connection sending requests back to back keeps it near a half; a busy machine, below.
 */
export const DEFAULT_BUSY_SHARE = 0.25;
/**
 * The API is also busy when more than this many requests a second started lately, however short: one
 * connection sending creates back to back keeps the share at 0.2-0.3 once each create's webhook takes its
 * turn (the webhook's time reads as the API's idle time), but its rate is in the thousands. A test suite's
 * pace (tens a second) is far below; and pacing costs a light user nothing: the first 64 attempts of a busy
 * spell go at once, and a waiter on the webhooks (`urgent`) lifts it.
 */
export const DEFAULT_BUSY_REQUEST_RATE = 200;
/**
 * While the API is busy, the share of the event loop's time webhook attempts may take (their measured
 * start: body, signature, the request written on the tick after; and their record once answered). A count
 * alone cannot bound it: an attempt costs a few hundred µs once the code is optimized, but several ms in a
 * fresh process, or on a slow machine. A tenth, because what is timed is not all an attempt costs (node's
 * reading of the answer, the garbage): at 0.15, creates at c=1 with webhooks on ran at 0.77x of creates
 * without; at 0.1, 0.74x-1.00x in four runs (0.50x-0.96x at c=50), the backlog delivered within 2-4 s of the
 * load stopping.
 */
export const DEFAULT_BUSY_TIME_SHARE = 0.1;
/** The time (ms) attempts may take at once when the API becomes busy, before the time share applies. */
const TIME_BURST_MS = 10;

/** What the pacer reads the API's load from: `ApiOccupancy`, or a stand-in in tests. */
export interface PacedOccupancy {
  /** 0 to 1: the share of recent time with a request in progress. */
  share(): number;
  /** API requests started a second, lately (without it, the share alone says). */
  rate?(): number;
  /** Attempts took `ms` of the event loop: not the API's time (`rate()` leaves it out). */
  exclude?(ms: number): void;
}

export interface DeliveryPacerOptions {
  /** Attempts per second while the API is busy; 0 paces nothing. */
  readonly busyRate: number;
  /** How busy the API is (`ApiOccupancy`). */
  readonly occupancy: PacedOccupancy;
  readonly burst?: number;
  readonly busyShare?: number;
  readonly busyRequestRate?: number;
  /** The share of time attempts may take while the API is busy (default DEFAULT_BUSY_TIME_SHARE). */
  readonly busyTimeShare?: number;
  /** Milliseconds, monotonic (default performance.now). */
  readonly now?: () => number;
}

/**
 * Webhooks as background work, below API requests, as Omise sends them from a queue apart from its API:
 * while the API is busy, attempts start at `busyRate` a second at most (a token bucket holding `burst`),
 * and take at most `busyTimeShare` of the time (a second bucket, of milliseconds, that `spent` draws on);
 * otherwise (or for an attempt someone waits for, `urgent`) they start as soon as a slot is free, and the
 * buckets fill up again.
 */
export class DeliveryPacer {
  readonly #options: DeliveryPacerOptions;
  readonly #burst: number;
  readonly #busyShare: number;
  readonly #timeShare: number;
  readonly #busyRequestRate: number;
  readonly #now: () => number;
  #tokens: number;
  /** Milliseconds attempts may still take now; below zero when the last ones took more than their share. */
  #credit = TIME_BURST_MS;
  #filledAt: number;

  constructor(options: DeliveryPacerOptions) {
    this.#options = options;
    this.#burst = options.burst ?? DEFAULT_BURST;
    this.#busyShare = options.busyShare ?? DEFAULT_BUSY_SHARE;
    this.#timeShare = options.busyTimeShare ?? DEFAULT_BUSY_TIME_SHARE;
    this.#busyRequestRate = options.busyRequestRate ?? DEFAULT_BUSY_REQUEST_RATE;
    this.#now = options.now ?? performance.now.bind(performance);
    this.#tokens = this.#burst;
    this.#filledAt = this.#now();
  }

  /**
   * 0: an attempt may start now (it took a token if it needed one); else the ms until it may. `urgent`: someone
   * waits for it to settle (`idle()`, `drain()`, `/_sim/webhooks/wait`), so it is what the client waits for,
   * and it goes at once, whatever the API's load.
   */
  take(urgent = false): number {
    if (urgent || !this.#busy()) return 0;
    const { busyRate } = this.#options;
    this.#fill();
    if (this.#credit < 0) return -this.#credit / this.#timeShare;
    if (this.#tokens >= 1) {
      this.#tokens--;
      return 0;
    }
    return ((1 - this.#tokens) * 1000) / busyRate;
  }

  /** Attempts took `ms` of the event loop (to start, or to be recorded): drawn from the time share while the API is busy. */
  spent(ms: number): void {
    this.#options.occupancy.exclude?.(ms);
    if (!this.#busy()) return;
    this.#fill();
    this.#credit -= ms;
  }

  #busy(): boolean {
    if (this.#options.busyRate <= 0) return false;
    const { occupancy } = this.#options;
    return occupancy.share() > this.#busyShare || (occupancy.rate?.() ?? 0) > this.#busyRequestRate;
  }

  #fill(): void {
    const now = this.#now();
    const elapsed = now - this.#filledAt;
    this.#filledAt = now;
    this.#tokens = Math.min(this.#burst, this.#tokens + (elapsed * this.#options.busyRate) / 1000);
    this.#credit = Math.min(TIME_BURST_MS, this.#credit + elapsed * this.#timeShare);
  }
}
