// The snapshot file: one or more accounts as data, the same for every storage engine. Records are the domain
// records (domain/records.ts), which keep what the wire format drops (download tokens, origins, event states).

import type { CountryCode } from '../domain/country/account-country.js';
import type {
  CardRecord,
  ChargeRecord,
  CustomerRecord,
  EventRecord,
  RefundRecord,
  SourceRecord,
  TokenRecord,
} from '../domain/records.js';
import type { ApiVersion } from '../render/api-version.js';
import type { DeliveryKind } from '../webhooks/delivery/delivery.js';
import type { DeliveryAttempt } from '../webhooks/delivery/delivery-attempt.js';
import type { FaultPlan } from '../webhooks/faults/plan-faults.js';

export const SNAPSHOT_FORMAT = 'omise-sim/snapshot';
/** Raised when the file's shape changes; an importer reads every version up to its own. */
export const SNAPSHOT_VERSION = 1;
/** The largest file `PUT /_sim/snapshot` takes: about 30,000 charges with their events and deliveries. */
export const SNAPSHOT_MAX_BYTES = 256 * 1024 * 1024;
/**
 * JSON values (objects, arrays, strings, numbers) a snapshot file may hold. Memory follows the number of values,
 * not the bytes: parsed and made plain data, an empty object costs about 260 bytes of heap, so this keeps the
 * worst file near 1 GB. A seeded account of 10,000 charges is 1.6 million values (35 MB).
 */
export const SNAPSHOT_MAX_VALUES = 4_000_000;

export interface SnapshotFile {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  /** Real time of the export, ISO 8601 (informative). */
  readonly exported_at: string;
  readonly accounts: readonly AccountSnapshot[];
}

export interface AccountSnapshot {
  readonly name: string;
  readonly api_version: ApiVersion;
  /** Decides funding currency, VAT and methods for charges made after the import. */
  readonly country: CountryCode;
  readonly clock: ClockSnapshot;
  readonly records: RecordsSnapshot;
  readonly webhooks: WebhooksSnapshot;
}

/** A frozen clock restarts frozen at `now_ms`; a running one keeps its distance from real time, `offset_ms`. */
export interface ClockSnapshot {
  readonly now_ms: number;
  readonly frozen: boolean;
  readonly offset_ms: number;
}

/** Each list in creation order, which is the order lists page through. */
export interface RecordsSnapshot {
  readonly sources: readonly SourceRecord[];
  readonly charges: readonly ChargeRecord[];
  readonly refunds: readonly RefundRecord[];
  readonly events: readonly EventSnapshot[];
  /** The vault and customers; files written before cards were simulated have none (read as empty). */
  readonly tokens: readonly TokenRecord[];
  readonly cards: readonly CardRecord[];
  readonly customers: readonly CustomerRecord[];
}

/** An event, and the API version its webhooks render at (null: the account's, for events of the past). */
export interface EventSnapshot {
  readonly event: EventRecord;
  readonly webhook_api_version: ApiVersion | null;
}

export interface WebhooksSnapshot {
  /** As `GET /_sim/webhooks` shows them, without `object` and `account`; `PUT /_sim/webhooks` reads them. */
  readonly settings: Record<string, unknown>;
  /** As `PUT /_sim/webhook_faults` takes them. */
  readonly faults: { readonly seed: number; readonly rules: readonly Record<string, unknown>[] };
  readonly fault_counters: { readonly matched: readonly number[]; readonly applied: readonly number[] };
  /** The delivery log, every attempt in the order they finished. */
  readonly attempts: readonly DeliveryAttempt[];
  /** Deliveries not finished, in the order they go: the account's scheduled webhook work, as data. */
  readonly pending: readonly PendingDelivery[];
}

/**
 * A delivery still to be made. `scheduled`: its next attempt is due at `next_at` (a retry, a delay, or an
 * attempt that was due or under way when the file was written); `held`: kept back by the reorder fault
 * until `hold_until`; `queued`: waiting behind an earlier event of its charge.
 */
export interface PendingDelivery {
  readonly number: number;
  readonly event_id: string;
  readonly url: string;
  readonly secret: string | null;
  readonly payload: string;
  readonly kind: DeliveryKind;
  readonly plan: FaultPlan;
  readonly group: string;
  readonly first_due_at: number;
  readonly hold_until: number | null;
  readonly state: 'scheduled' | 'held' | 'queued';
  /** Attempts made (and logged) so far. */
  readonly attempts: number;
  readonly next_at: number | null;
}
