import type { Account } from '../../account/account.js';
import type { ChargeSnapshot, EventRecord } from '../../domain/records.js';
import type { ApiVersion } from '../../render/api-version.js';
import { renderEvent } from '../../render/render-event.js';
import { ShardedMap } from '../../shared/sharded-map.js';
import { LazyPayload } from './lazy-payload.js';
import { webhookPayloadJson } from './webhook-payload-json.js';

/** The bodies of an account's webhooks, rendered at the API version the account had when each event happened. */
export class EventPayloads {
  readonly #account: Account;
  readonly #versions = new ShardedMap<ApiVersion>();

  constructor(account: Account) {
    this.#account = account;
  }

  /** Notes the account's version as the event happens (docs.omise.co/api-webhooks, "Serialization"). */
  remember(event: EventRecord): void {
    this.#versions.set(event.id, this.#account.apiVersion);
  }

  /** The version the event's webhooks render at; undefined for events of the past (seeded). */
  versionOf(eventId: string): ApiVersion | undefined {
    return this.#versions.get(eventId);
  }

  /** Puts back what `remember` noted, for an event restored from a snapshot. */
  restoreVersion(eventId: string, version: ApiVersion): void {
    this.#versions.set(eventId, version);
  }

  /** The body Omise would POST; with `snapshot`, showing the charge as it was then (stale_payload). */
  payload(event: EventRecord, snapshot?: ChargeSnapshot): string {
    const version = this.#versions.get(event.id) ?? this.#account.apiVersion;
    const shown: EventRecord = snapshot ? { ...event, data: { object: 'charge', snapshot } } : event;
    return webhookPayloadJson(renderEvent(shown, version, []));
  }

  /**
   * The same body, rendered when first read (an attempt starts, or a snapshot is taken) and then kept: a
   * backlog of deliveries holds no bodies. The bytes are those `payload` gives now: records and event
   * snapshots are immutable (an event keeps its own copy of the charge's refund list), and the version is
   * fixed here.
   */
  lazyPayload(event: EventRecord, snapshot?: ChargeSnapshot): LazyPayload {
    const version = this.#versions.get(event.id) ?? this.#account.apiVersion;
    const data = snapshot ? { object: 'charge' as const, snapshot } : event.data;
    const shown: EventRecord = data === event.data ? event : { ...event, data };
    return new LazyPayload(() => webhookPayloadJson(renderEvent(shown, version, [])));
  }

  /** The charge as it was at its previous event: what the stale_payload fault sends. */
  olderState(event: EventRecord): ChargeSnapshot | null {
    if (event.data.object !== 'charge') return null;
    const events = this.#account.store.eventsOf(event.chargeId);
    const index = events.indexOf(event);
    for (let i = (index < 0 ? events.length : index) - 1; i >= 0; i--) {
      const data = events[i]?.data;
      if (data?.object === 'charge') return data.snapshot;
    }
    return null;
  }
}
