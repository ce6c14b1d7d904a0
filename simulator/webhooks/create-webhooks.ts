import type { Hono } from 'hono';
import type { Accounts } from '../account/accounts.js';
import type { AppEnv } from '../http/app-env.js';
import type { Logger } from '../http/handle-errors.js';
import { deliveryRoutes } from '../http/routes/delivery-routes.js';
import type { DeliveriesOf } from '../http/routes/event-routes.js';
import { eventStreamRoutes } from '../http/routes/event-stream-routes.js';
import { replayRoutes } from '../http/routes/replay-routes.js';
import { webhookFaultRoutes } from '../http/routes/webhook-fault-routes.js';
import { webhookRoutes } from '../http/routes/webhook-routes.js';
import type { DeliveryAttempt } from './delivery/delivery-attempt.js';
import type { PacedOccupancy } from './delivery/delivery-pacer.js';
import { renderWebhookDelivery } from './delivery/render-webhook-delivery.js';
import type { WebhookDefaults } from './settings/webhook-settings.js';
import { SimulatorWebhooks } from './simulator-webhooks.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';

export interface WebhookOptions extends WebhookDefaults {
  /** Webhook requests open at once, across accounts (default 32). */
  readonly concurrency?: number;
  /**
   * Attempts a second while the API is busy (default 500): webhooks are background work that yields to
   * API requests. 0 or 'off': never paced, up to `concurrency` at once whatever the API does.
   */
  readonly busyRate?: number | 'off';
  /**
   * While the API is busy, the share of the event loop's time webhook attempts may take to start (default
   * 0.1), whatever the rate: an attempt costs more in a fresh process or on a slow machine. 1: no limit.
   */
  readonly busyTimeShare?: number;
  /** How busy the API is, 0 to 1: the simulator measures its own API (`ApiOccupancy`); tests stand in for it. */
  readonly occupancy?: PacedOccupancy;
  /** Sends webhook requests (default: node:http(s), keep-alive), e.g. to a merchant's in-process handler. */
  readonly fetch?: typeof fetch;
  /** Real time, for signature timestamps (default Date.now). */
  readonly realNow?: () => number;
  /** Hears every finished attempt (the activity log). */
  readonly onAttempt?: (account: string, attempt: DeliveryAttempt) => void;
}

export interface Webhooks {
  readonly handle: SimulatorWebhooks;
  /** `webhook_deliveries` of `GET /events/:id`. */
  readonly deliveriesOf: DeliveriesOf;
  readonly routes: readonly Hono<AppEnv>[];
  /** What a storage engine needs: the secret to keep across resets, and a hook on every state change. */
  keepSecret(account: string, secret: string): void;
  /** Starts the account's webhooks afresh (an instance taking over delivery restores them from the store). */
  resetState(account: string): void;
  onStateChange(listener: (account: string) => void): void;
  close(): void;
}

/** A share of time is above 0 (webhooks must keep flowing) and at most 1 (all of it). */
function checkedTimeShare(share: number | undefined): number | undefined {
  if (share === undefined || (share > 0 && share <= 1)) return share;
  throw new RangeError(`webhooks.busyTimeShare must be a number above 0 and at most 1, not ${share}`);
}

/** Everything the simulator needs for webhooks, wired to its accounts. */
export function createWebhooks(
  accounts: Accounts,
  options: WebhookOptions,
  seed: number | undefined,
  log: Logger,
): Webhooks {
  const dispatcher = new WebhookDispatcher(accounts, {
    defaults: { url: options.url, secret: options.secret },
    concurrency: options.concurrency,
    busyRate: options.busyRate,
    busyTimeShare: checkedTimeShare(options.busyTimeShare),
    occupancy: options.occupancy,
    fetch: options.fetch,
    realNow: options.realNow,
    seed,
    onError: log,
    onAttempt: options.onAttempt,
  });
  const handle = new SimulatorWebhooks(dispatcher, accounts);
  return {
    handle,
    deliveriesOf: (account, eventId) =>
      dispatcher.find(account)?.log.ofEvent(eventId).map(renderWebhookDelivery) ?? [],
    routes: [
      webhookRoutes(accounts, handle),
      webhookFaultRoutes(accounts, handle),
      deliveryRoutes(accounts, handle),
      replayRoutes(accounts, handle),
      eventStreamRoutes(accounts, handle, dispatcher.signal),
    ],
    keepSecret: (account, secret) => dispatcher.keepSecret(account, secret),
    resetState: (account) => dispatcher.reset(account),
    onStateChange: (listener) => {
      dispatcher.onStateChange = listener;
    },
    close: () => dispatcher.close(),
  };
}
