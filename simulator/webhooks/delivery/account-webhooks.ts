import type { Account } from '../../account/account.js';
import type { IdGenerator } from '../../domain/ids.js';
import type { EventRecord } from '../../domain/records.js';
import type { ApiVersion } from '../../render/api-version.js';
import { type FaultConfig, NO_FAULTS } from '../faults/fault-config.js';
import type { FaultCounters } from '../faults/plan-faults.js';
import type { WebhookSettings } from '../settings/webhook-settings.js';
import { signatureHeaders } from '../signature/signature-headers.js';
import { AttemptQueue, type StartedAttempt } from './attempt-queue.js';
import { buildAttempt } from './build-attempt.js';
import type { ConcurrencyLimit } from './concurrency-limit.js';
import { createDelivery, type Delivery } from './delivery.js';
import type { DeliveryAttempt } from './delivery-attempt.js';
import { DeliveryLanes } from './delivery-lanes.js';
import { DeliveryLog } from './delivery-log.js';
import { eventDeliveries, replayDeliveries } from './delivery-specs.js';
import { type DeliveryStatus, deliveryStatus } from './delivery-status.js';
import { EventPayloads } from './event-payloads.js';
import { finishedTotals } from './finished-totals.js';
import { recordAttempt } from './record-attempt.js';
import { sendWebhook, type WebhookResponse } from './send-webhook.js';

export interface AccountWebhooksOptions {
  readonly account: Account;
  readonly settings: WebhookSettings;
  readonly limit: ConcurrencyLimit;
  /** Makes `whdl_test_...` ids; the account's own stream, so deliveries never shift the ids of charges. */
  readonly ids: IdGenerator;
  readonly signal: AbortSignal;
  /** The transport of the moment (`simulator.webhooks.transport()` may change it). */
  readonly transport: () => typeof fetch | undefined;
  /** Real time: what signature timestamps say, since receivers check them against their own clocks. */
  readonly realNow: () => number;
  /** Hears every change after which the account may have become idle. */
  readonly onChange: () => void;
  /** Hears simulator bugs; they never reach the API client whose request made the event. */
  readonly onError: (message: string, error: unknown) => void;
  /** Hears every finished attempt (the activity log). */
  readonly onAttempt?: (account: string, attempt: DeliveryAttempt) => void;
  /** Whether someone waits for the account's webhooks to settle: its attempts are then not paced. */
  readonly urgent?: () => boolean;
}

/** An account's webhook state as a snapshot gives it back (see `snapshot/`). */
export interface RestoredWebhooks {
  readonly versions: ReadonlyMap<string, ApiVersion>;
  readonly attempts: readonly DeliveryAttempt[];
  /** In the order `pendingDeliveries` gave them; `state` is `scheduled` (with `nextAt`), `held` or `queued`. */
  readonly pending: readonly Delivery[];
}

export interface ReplayOptions {
  readonly url?: string | null;
  readonly secret?: string | null;
}

const DROPPED: WebhookResponse = {
  status: null,
  error: 'dropped: the drop_first fault kept this attempt from being sent',
  responseBody: null,
  durationMs: 0,
};

/**
 * One account's webhooks: which endpoints each event goes to, with which faults, in which order; its
 * attempts, retries on the account clock, and the delivery log. Lives until the account is reset.
 */
export class AccountWebhooks {
  settings: WebhookSettings;
  /** What the account started with: `PUT` starts from these, `DELETE` goes back to them (keeping the secret). */
  readonly initialSettings: WebhookSettings;
  faults: FaultConfig = NO_FAULTS;
  faultCounters: FaultCounters = { matched: [], applied: [] };
  readonly log = new DeliveryLog();
  readonly #options: AccountWebhooksOptions;
  readonly #account: Account;
  readonly #lanes = new DeliveryLanes();
  readonly #live = new Set<Delivery>();
  readonly #queue: AttemptQueue;
  readonly #payloads: EventPayloads;
  readonly #totals = { delivered: 0, failed: 0 };
  #numbered = 0;
  #disposed = false;

  constructor(options: AccountWebhooksOptions) {
    this.#options = options;
    this.#account = options.account;
    this.#payloads = new EventPayloads(options.account);
    this.settings = options.settings;
    this.initialSettings = options.settings;
    const run = (delivery: Delivery, at: number) => this.#attempt(delivery, at);
    this.#queue = new AttemptQueue(
      options.limit,
      options.account.clock,
      run,
      options.onChange,
      options.urgent,
    );
  }

  setFaults(config: FaultConfig): void {
    this.faults = config;
    this.faultCounters = { matched: [], applied: [] };
  }

  /** Every recorded event: to the charge's own `webhook_endpoints` if it has some, else to the account's. */
  handleEvent(event: EventRecord): void {
    if (this.#disposed) return;
    this.#payloads.remember(event);
    const urls = this.targets(event);
    if (urls.length === 0) return;
    for (const spec of eventDeliveries(event, urls, this.#payloads, this.faults, this.faultCounters)) {
      this.#enqueue(createDelivery(++this.#numbered, spec));
    }
  }

  /** Sends the event again, now, with a fresh signature: to `url`, or to wherever it would go today. */
  replay(event: EventRecord, options: ReplayOptions = {}): number {
    const urls = options.url ? [options.url] : this.targets(event);
    const now = this.#account.clock.now();
    for (const spec of replayDeliveries(event, urls, this.payload(event), now, options.secret ?? null)) {
      this.#enqueue(createDelivery(++this.#numbered, spec));
    }
    return urls.length;
  }

  targets(event: EventRecord): string[] {
    const own = this.#account.store.charges.get(event.chargeId)?.webhookEndpoints;
    if (own && own.length > 0) return [...new Set(own)];
    // Every event goes through here: one array, no intermediate ones (endpoints are few).
    const urls: string[] = [];
    for (const endpoint of this.settings.endpoints) {
      if (endpoint.keys !== null && !endpoint.keys.includes(event.key)) continue;
      if (!urls.includes(endpoint.url)) urls.push(endpoint.url);
    }
    return urls;
  }

  /** The body Omise would POST for the event, rendered at the account's API version when it happened. */
  payload(event: EventRecord): string {
    return this.#payloads.payload(event);
  }

  /** The event's webhook body signed now with the account secret: what the event stream hands a forwarder. */
  signedPayload(event: EventRecord): { readonly payload: string; readonly headers: Record<string, string> } {
    const payload = this.payload(event);
    const { secret, previousSecret } = this.settings;
    const timestamp = Math.floor(this.#account.clock.now() / 1000);
    const signed = signatureHeaders(payload, previousSecret ? [secret, previousSecret] : [secret], timestamp);
    return { payload, headers: { 'Content-Type': 'application/json', ...signed } };
  }

  /** The version each event's webhooks render at (kept by snapshots). */
  eventVersion(eventId: string): ApiVersion | undefined {
    return this.#payloads.versionOf(eventId);
  }

  /**
   * Deliveries not finished yet, in the order they go (per endpoint and charge; a reordered one may be behind
   * a later one): the webhook work a snapshot keeps as data, and gives back to `restore` in that order.
   */
  pendingDeliveries(): Delivery[] {
    return this.#lanes.all();
  }

  /**
   * Takes back a snapshot's webhook state into a fresh account: versions, log, and the pending deliveries,
   * each put back on the account clock where it was (a retry at its time; an attempt cut off by the export
   * goes again).
   */
  restore(restored: RestoredWebhooks): void {
    for (const [eventId, version] of restored.versions) this.#payloads.restoreVersion(eventId, version);
    for (const attempt of restored.attempts) this.log.add(attempt);
    Object.assign(this.#totals, finishedTotals(restored.attempts, restored.pending));
    this.#numbered = Math.max(
      0,
      ...restored.attempts.map((a) => a.delivery),
      ...restored.pending.map((d) => d.number),
    );
    // Live deliveries are known in creation order (what status lists), lanes in the order they go.
    for (const delivery of [...restored.pending].sort((a, b) => a.number - b.number))
      this.#live.add(delivery);
    for (const delivery of restored.pending) {
      if (delivery.state !== 'scheduled' || delivery.nextAt === null) {
        this.#enqueue(delivery);
        continue;
      }
      this.#lanes.add(delivery, this.settings.ordering);
      const { holdUntil } = delivery;
      if (holdUntil !== null && holdUntil > this.#account.clock.now())
        this.#scheduleRelease(delivery, holdUntil);
      this.#schedule(delivery, delivery.nextAt, 'retry');
    }
  }

  get idle(): boolean {
    return this.#queue.due === 0 && this.#queue.open === 0;
  }

  status(): DeliveryStatus {
    return deliveryStatus(this.#live, {
      due: this.#queue.due,
      open: this.#queue.open,
      ...this.#totals,
      attempts: this.log.size,
    });
  }

  dispose(): void {
    this.#disposed = true;
    this.#queue.close();
    for (const delivery of this.#live) delivery.cancelScheduled?.();
    this.#live.clear();
    this.#lanes.clear();
  }

  #enqueue(delivery: Delivery): void {
    this.#live.add(delivery);
    if (delivery.holdUntil !== null) this.#scheduleRelease(delivery, delivery.holdUntil);
    this.#startAll(this.#lanes.add(delivery, this.settings.ordering), delivery.firstDueAt);
  }

  /** The reorder fault's hold runs out at `at` unless a later event overtook the delivery first. */
  #scheduleRelease(delivery: Delivery, at: number): void {
    this.#account.scheduler.schedule(at, `webhook hold ${delivery.event.id}`, (dueAt) => {
      if (!this.#disposed) this.#startAll(this.#lanes.release(delivery, this.settings.ordering), dueAt);
    });
  }

  #startAll(deliveries: readonly Delivery[], notBefore: number): void {
    for (const delivery of deliveries) {
      const dueAt = Math.max(delivery.firstDueAt, notBefore);
      if (dueAt > this.#account.clock.now()) this.#schedule(delivery, dueAt, 'delay');
      else this.#queue.push(delivery, dueAt);
    }
  }

  /** A job on the account clock: fires in real time, or at once, in due order, when the clock passes it. */
  #schedule(delivery: Delivery, at: number, what: 'delay' | 'retry'): void {
    delivery.state = 'scheduled';
    delivery.nextAt = at;
    delivery.cancelScheduled = this.#account.scheduler.schedule(
      at,
      `webhook ${what} ${delivery.event.id}`,
      (dueAt) => {
        delivery.nextAt = null;
        delivery.cancelScheduled = null;
        if (!this.#disposed) this.#queue.push(delivery, dueAt);
      },
    );
    if (at <= this.#account.clock.now()) this.#account.scheduler.runDue();
  }

  #attempt(delivery: Delivery, at: number): StartedAttempt {
    const number = ++delivery.attempts;
    delivery.state = 'in_flight';
    const delay = this.settings.retrySchedule[number - 1];
    const retryAt = delay === undefined ? null : at + delay * 1000;
    const id = this.#options.ids.next('whdl', at);
    const request = buildAttempt(delivery, number, id, this.settings, this.#options.realNow());
    const sent = request.dropped
      ? Promise.resolve(DROPPED)
      : sendWebhook({
          url: delivery.url,
          body: delivery.payload,
          headers: request.headers,
          timeoutMs: this.settings.timeoutMs,
          signal: this.#options.signal,
          fetch: this.#options.transport(),
        });
    const over = sent.then((response) => {
      if (this.#disposed) return;
      const startedAt = performance.now();
      const attempt = recordAttempt(this.log, { delivery, id, at, request, response, retryAt });
      this.#options.onAttempt?.(this.#account.name, attempt);
      if (attempt.nextRetryAt !== null) this.#schedule(delivery, attempt.nextRetryAt, 'retry');
      else this.#finish(delivery, attempt.delivered, at);
      // Its record is the attempt's time too (the pace's time share, as its start).
      this.#options.limit.spent(performance.now() - startedAt);
    });
    return { retryAt, over: over.catch((error) => this.#options.onError('a webhook attempt failed', error)) };
  }

  #finish(delivery: Delivery, delivered: boolean, at: number): void {
    delivery.state = delivered ? 'delivered' : 'failed';
    this.#totals[delivered ? 'delivered' : 'failed']++;
    this.#live.delete(delivery);
    this.#startAll(this.#lanes.finish(delivery, this.settings.ordering), at);
  }
}
