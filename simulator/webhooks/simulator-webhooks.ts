import type { Accounts } from '../account/accounts.js';
import type { EventRecord } from '../domain/records.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { AccountWebhooks, ReplayOptions } from './delivery/account-webhooks.js';
import type { DeliveryAttempt } from './delivery/delivery-attempt.js';
import type { DeliveryFilter } from './delivery/delivery-log.js';
import type { DeliveryStatus } from './delivery/delivery-status.js';
import type { FaultConfig } from './faults/fault-config.js';
import type { FaultCounters } from './faults/plan-faults.js';
import { readFaultConfig, readFaultRule } from './faults/read-fault-config.js';
import { readWebhookSettings } from './settings/read-webhook-settings.js';
import type { WebhookSettings } from './settings/webhook-settings.js';
import type { WebhookDispatcher } from './webhook-dispatcher.js';

export interface WaitOptions {
  /** Give up (reject) after this long; default 30 000 ms. */
  readonly timeoutMs?: number;
}

export interface DrainOptions extends WaitOptions {
  /** At most this many clock moves (default 1000). */
  readonly maxSteps?: number;
}

const DEFAULT_WAIT_MS = 30_000;

/**
 * `simulator.webhooks`: the in-process handle on webhook delivery, for tests and the scenario harness.
 * Settings and faults take the same JSON bodies as `PUT /_sim/webhooks` and `PUT /_sim/webhook_faults`
 * and throw the same Omise errors.
 */
export class SimulatorWebhooks {
  readonly #dispatcher: WebhookDispatcher;
  readonly #accounts: Accounts;

  constructor(dispatcher: WebhookDispatcher, accounts: Accounts) {
    this.#dispatcher = dispatcher;
    this.#accounts = accounts;
  }

  /**
   * Resolves once nothing is in flight or due now for the account (for every account if none is named):
   * every attempt the clock has made due has been sent and its answer logged. Retries scheduled later on
   * the account clock don't count: advance the clock (or `drain`) and wait again.
   */
  idle(account?: string, options: WaitOptions = {}): Promise<void> {
    if (account !== undefined) this.#accounts.get(account).settle();
    const describe = () => JSON.stringify(account === undefined ? 'every account' : this.status(account));
    return this.#dispatcher.waiters.wait(account, options.timeoutMs ?? DEFAULT_WAIT_MS, describe);
  }

  /**
   * Delivers everything still pending: waits for idle, then moves the account clock to the next retry,
   * delay or hold, and again, until every delivery has succeeded or used up its schedule. Moving the clock
   * also fires the account's other jobs (charge expiries) that fall due on the way.
   */
  async drain(account: string, options: DrainOptions = {}): Promise<DeliveryStatus> {
    const { clock, scheduler } = this.#accounts.get(account);
    for (let step = 0; step < (options.maxSteps ?? 1000); step++) {
      await this.idle(account, options);
      const next = this.status(account).next_attempt_at_ms;
      if (next === null) return this.status(account);
      // In slices, as a clock advance: a move past a backlog of expiries lets other accounts be served.
      await scheduler.runDueInSlices(() => {
        if (next > clock.now()) clock.set(next);
      });
    }
    return this.status(account);
  }

  /**
   * Replaces what sends webhook requests (`createSimulator({ webhookFetch })` sets it at the start), e.g. to
   * route them to a merchant's in-process handler. The timeout still applies.
   */
  transport(send: typeof fetch): void {
    this.#dispatcher.transport = send;
  }

  status(account: string): DeliveryStatus {
    return this.#state(account).status();
  }

  /** The delivery log: every attempt, in the order they finished. */
  deliveries(account: string, filter: DeliveryFilter = {}): DeliveryAttempt[] {
    return this.#state(account).log.list(filter);
  }

  settings(account: string): WebhookSettings {
    return this.#state(account).settings;
  }

  /** `PUT /_sim/webhooks` (fields not given go back to their defaults), or with `merge` `PATCH`. */
  configure(
    account: string,
    body: Record<string, unknown>,
    options: { merge?: boolean } = {},
  ): WebhookSettings {
    const state = this.#state(account);
    const base = options.merge ? state.settings : { ...state.initialSettings, secret: state.settings.secret };
    state.settings = readWebhookSettings(body, base);
    return state.settings;
  }

  faults(account: string): FaultConfig {
    return this.#state(account).faults;
  }

  /** How many deliveries each rule matched and hit since the rules were set. */
  faultCounters(account: string): FaultCounters {
    return this.#state(account).faultCounters;
  }

  /** `PUT /_sim/webhook_faults`: replaces the rules (and restarts their counters). */
  setFaults(account: string, body: Record<string, unknown>): FaultConfig {
    const config = readFaultConfig(body);
    this.#state(account).setFaults(config);
    return config;
  }

  /** `POST /_sim/webhook_faults`: adds one rule after the others. */
  addFault(account: string, rule: Record<string, unknown>): FaultConfig {
    const state = this.#state(account);
    const rules = [...state.faults.rules, readFaultRule(rule)];
    const { matched, applied } = state.faultCounters;
    state.setFaults({ seed: state.faults.seed, rules });
    state.faultCounters = { matched, applied };
    return state.faults;
  }

  /** Sends an event again, now, freshly signed: to `url`, or to the endpoints it would go to today. */
  replay(account: string, eventId: string, options: ReplayOptions = {}): number {
    return this.replayEvents(account, [this.#event(account, eventId)], options);
  }

  replayEvents(account: string, events: readonly EventRecord[], options: ReplayOptions = {}): number {
    const state = this.#state(account);
    if (!options.url && events.some((event) => state.targets(event).length === 0)) {
      throw omiseError('bad_request', messages.replayWithoutEndpoint);
    }
    return events.reduce((count, event) => count + state.replay(event, options), 0);
  }

  #event(account: string, eventId: string): EventRecord {
    const event = this.#accounts.get(account).store.events.get(eventId);
    if (!event) throw omiseError('not_found', messages.notFound('event', eventId));
    return event;
  }

  /** The account's webhook state itself, for the routes and the scenario harness. */
  state(account: string): AccountWebhooks {
    return this.#dispatcher.of(account);
  }

  #state(account: string): AccountWebhooks {
    return this.#dispatcher.of(account);
  }
}
