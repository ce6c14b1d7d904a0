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

export interface DeliveryPacerOptions {
  /** Attempts per second while the API is busy; 0 paces nothing. */
  readonly busyRate: number;
  /** How busy the API is, 0 to 1 (`ApiOccupancy`). */
  readonly occupancy: { share(): number };
  readonly burst?: number;
  readonly busyShare?: number;
  /** Milliseconds, monotonic (default performance.now). */
  readonly now?: () => number;
}

/**
 * Webhooks as background work, below API requests, as Omise sends them from a queue apart from its API:
 * while the API is busy, attempts start at `busyRate` a second at most (a token bucket holding `burst`);
 * otherwise they start as soon as a slot is free, and the bucket fills up again.
 */
export class DeliveryPacer {
  readonly #options: DeliveryPacerOptions;
  readonly #burst: number;
  readonly #busyShare: number;
  readonly #now: () => number;
  #tokens: number;
  #filledAt: number;

  constructor(options: DeliveryPacerOptions) {
    this.#options = options;
    this.#burst = options.burst ?? DEFAULT_BURST;
    this.#busyShare = options.busyShare ?? DEFAULT_BUSY_SHARE;
    this.#now = options.now ?? performance.now.bind(performance);
    this.#tokens = this.#burst;
    this.#filledAt = this.#now();
  }

  /** 0: an attempt may start now (it took a token if it needed one); else the ms until it may. */
  take(): number {
    const { busyRate, occupancy } = this.#options;
    if (busyRate <= 0 || occupancy.share() <= this.#busyShare) return 0;
    const now = this.#now();
    this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#filledAt) * busyRate) / 1000);
    this.#filledAt = now;
    if (this.#tokens >= 1) {
      this.#tokens--;
      return 0;
    }
    return ((1 - this.#tokens) * 1000) / busyRate;
  }
}
