/**
 * Seconds to wait after each failed attempt. Omise's real schedule is UNVERIFIED: the only source (an unofficial
 * mirror of its docs) says retries follow non-2xx answers or a >10 s timeout, backing off 1 m, 5 m, 15 m, 1 h, …
 * over 7 days. The "…" is ours: 3 h, 6 h, 12 h, then daily, so the 14th and last attempt comes 6 d 22 h 21 m
 * after the first. Configurable per account (`PUT /_sim/webhooks` `retry_schedule`).
 */
export const DEFAULT_RETRY_SCHEDULE: readonly number[] = [
  60, 300, 900, 3600, 10800, 21600, 43200, 86400, 86400, 86400, 86400, 86400, 86400,
];

/** Success is a 2xx within this many seconds (the same unofficial source: ">10 s timeout"). */
export const DEFAULT_TIMEOUT_SECONDS = 10;
