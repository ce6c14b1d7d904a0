import type { RandomSource } from '../../domain/ids.js';
import { generateWebhookSecret } from '../signature/webhook-secret.js';
import { DEFAULT_RETRY_SCHEDULE, DEFAULT_TIMEOUT_SECONDS } from './retry-schedule.js';

export interface WebhookEndpoint {
  readonly url: string;
  /** Event keys sent to this endpoint; null for all of them. */
  readonly keys: readonly string[] | null;
  /** Signs this endpoint's requests instead of the account secret (e.g. to test a wrong-endpoint secret). */
  readonly secret: string | null;
}

/**
 * - `none` (default): every event goes out as soon as it happens, whatever became of the charge's earlier
 *   events. Omise makes no ordering promise (docs.omise.co/api-webhooks), so a receiver must cope with it.
 * - `per_charge`: one charge's events reach an endpoint in creation order; the next waits until the previous
 *   was delivered or given up.
 */
export type DeliveryOrdering = 'per_charge' | 'none';

/** One account's webhook configuration (`/_sim/webhooks`). */
export interface WebhookSettings {
  readonly endpoints: readonly WebhookEndpoint[];
  /** The account's webhook secret, base64 as the dashboard shows it; signs every endpoint without its own. */
  readonly secret: string;
  /** Also signed with while set: Omise signs with both secrets for 24 h after a rotation. */
  readonly previousSecret: string | null;
  /** Seconds to wait after attempt 1, 2, …; its length is the number of retries. */
  readonly retrySchedule: readonly number[];
  readonly timeoutMs: number;
  readonly ordering: DeliveryOrdering;
}

/** What the CLI's `--webhook-url` / `--webhook-secret` give every account to start with. */
export interface WebhookDefaults {
  readonly url?: string;
  readonly secret?: string;
}

export function defaultWebhookSettings(defaults: WebhookDefaults, random: RandomSource): WebhookSettings {
  return {
    endpoints: defaults.url ? [{ url: defaults.url, keys: null, secret: null }] : [],
    secret: defaults.secret ?? generateWebhookSecret(random),
    previousSecret: null,
    retrySchedule: DEFAULT_RETRY_SCHEDULE,
    timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
    ordering: 'none',
  };
}

export function renderWebhookSettings(account: string, settings: WebhookSettings): Record<string, unknown> {
  return {
    object: 'sim_webhooks',
    account,
    endpoints: settings.endpoints.map((endpoint) => ({
      url: endpoint.url,
      keys: endpoint.keys,
      secret: endpoint.secret,
    })),
    secret: settings.secret,
    previous_secret: settings.previousSecret,
    retry_schedule: settings.retrySchedule,
    timeout_seconds: settings.timeoutMs / 1000,
    ordering: settings.ordering,
  };
}
