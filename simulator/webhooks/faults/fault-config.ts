/**
 * Delivery faults, per account (`/_sim/webhook_faults`). Each rule picks deliveries (event keys, charge, endpoint url,
 * a probability drawn from the seed, at most `limit` of them) and bends them one way:
 *
 * - `duplicate`: `copies` more deliveries of the same event, right behind the original.
 * - `reorder`: held back until the charge's next event to that endpoint overtakes it (or `seconds` pass).
 * - `delay`: the first attempt goes `seconds` later on the account clock.
 * - `drop_first`: the first `attempts` attempts never reach the endpoint (logged as failures, then retried).
 * - `stale_payload`: `data` is the charge as it was at its previous event.
 * - `bad_signature`: the first `attempts` attempts are signed with a key that is not the secret.
 * - `old_timestamp`: the first `attempts` attempts carry a correct signature over a timestamp `seconds` old.
 */
export const FAULT_NAMES = [
  'duplicate',
  'reorder',
  'delay',
  'drop_first',
  'stale_payload',
  'bad_signature',
  'old_timestamp',
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

export interface FaultRule {
  readonly fault: FaultName;
  readonly keys: readonly string[] | null;
  readonly charge: string | null;
  readonly url: string | null;
  /** Chance that a matching delivery is hit, drawn from the seed (default 1). */
  readonly probability: number;
  /** At most this many deliveries are hit (default: no limit). */
  readonly limit: number | null;
  readonly copies: number;
  readonly seconds: number;
  readonly attempts: number;
}

export interface FaultConfig {
  readonly seed: number;
  readonly rules: readonly FaultRule[];
}

export const NO_FAULTS: FaultConfig = { seed: 0, rules: [] };

export type FaultField = 'copies' | 'seconds' | 'attempts';

/** The fault-specific fields each fault takes. */
export const FAULT_FIELDS: Readonly<Record<FaultName, readonly FaultField[]>> = {
  duplicate: ['copies'],
  reorder: ['seconds'],
  delay: ['seconds'],
  drop_first: ['attempts'],
  stale_payload: [],
  bad_signature: ['attempts'],
  old_timestamp: ['seconds', 'attempts'],
};

/** Defaults for the fault-specific fields. */
export const FAULT_DEFAULTS: Readonly<
  Record<FaultName, { seconds: number; copies: number; attempts: number }>
> = {
  duplicate: { seconds: 0, copies: 1, attempts: 0 },
  reorder: { seconds: 60, copies: 0, attempts: 0 },
  delay: { seconds: 30, copies: 0, attempts: 0 },
  drop_first: { seconds: 0, copies: 0, attempts: 1 },
  stale_payload: { seconds: 0, copies: 0, attempts: 0 },
  bad_signature: { seconds: 0, copies: 0, attempts: 1 },
  old_timestamp: { seconds: 600, copies: 0, attempts: 1 },
};
