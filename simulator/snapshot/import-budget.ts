/**
 * Bytes of snapshot files being read and parsed at once, across every account. A file costs about twice its
 * size in memory while it is parsed, so a handful of 256 MiB uploads at once would run the process out of
 * heap: past the budget an upload is refused at once (never queued, so a slow upload blocks no one for long).
 */
export class ImportBudget {
  #inFlight = 0;

  constructor(readonly maxBytes: number) {}

  /** Runs `work` with `bytes` reserved, or answers `undefined` without running it when they do not fit. */
  async within<T>(bytes: number, work: () => Promise<T>): Promise<T | undefined> {
    if (this.#inFlight > 0 && this.#inFlight + bytes > this.maxBytes) return undefined;
    this.#inFlight += bytes;
    try {
      return await work();
    } finally {
      this.#inFlight -= bytes;
    }
  }
}
