import type { Account } from '../../account/account.js';
import type { CountryCode } from '../../domain/country/account-country.js';
import type { Params } from '../../http/form-params.js';
import type { ApiVersion } from '../../render/api-version.js';
import { exportWebhooks } from '../../snapshot/export-account.js';
import { restoreWebhookState } from '../../snapshot/import-account.js';
import type { WebhooksSnapshot } from '../../snapshot/snapshot-file.js';
import type { AccountWebhooks } from '../../webhooks/delivery/account-webhooks.js';
import { readFaultConfig } from '../../webhooks/faults/read-fault-config.js';
import { readWebhookSettings } from '../../webhooks/settings/read-webhook-settings.js';

/**
 * What an account is besides its records (the `meta` of its row): the same fields a snapshot keeps, so one
 * reader restores both. `epoch` counts resets: a replica that sees a new one reloads the account.
 */
export interface AccountMeta {
  readonly epoch: number;
  readonly api_version: ApiVersion;
  readonly country: CountryCode;
  /** A running clock is its offset from real time; a frozen one its time (so the meta is stable while running). */
  readonly clock: { readonly frozen: boolean; readonly now_ms: number; readonly offset_ms: number };
  readonly webhooks: WebhooksSnapshot;
  /** The account seq through which the instance sending webhooks has handed every event to them. */
  readonly webhooks_seq?: number;
}

/** The delivery log and pending deliveries as stored: what an instance that does not send webhooks keeps. */
export interface StoredWebhooks {
  readonly attempts: WebhooksSnapshot['attempts'];
  readonly pending: WebhooksSnapshot['pending'];
  readonly seq: number;
}

/**
 * The account's meta now. `sent` is how far the webhooks sender has handed events on; an instance that does not
 * send passes the stored log and deliveries instead of its own (it must not overwrite the sender's).
 */
export function captureMeta(
  account: Account,
  webhooks: AccountWebhooks,
  epoch: number,
  sent: number | StoredWebhooks,
): AccountMeta {
  const { clock } = account;
  const own = exportWebhooks(account.name, webhooks);
  const stored = typeof sent === 'number' ? null : sent;
  return {
    epoch,
    api_version: account.apiVersion,
    country: account.country,
    clock: { frozen: clock.frozen, now_ms: clock.frozen ? clock.now() : 0, offset_ms: clock.offsetMs },
    webhooks: stored ? { ...own, attempts: stored.attempts, pending: stored.pending } : own,
    webhooks_seq: stored ? stored.seq : (sent as number),
  };
}

/**
 * Applies committed meta to a replica. `full` (loading the account in the instance that sends its webhooks)
 * also takes back the delivery log and the pending deliveries; otherwise it takes settings, faults and the
 * clock, and leaves the deliveries to the sender.
 */
export function applyMeta(
  account: Account,
  webhooks: AccountWebhooks,
  meta: AccountMeta,
  full: boolean,
): void {
  account.apiVersion = meta.api_version;
  account.country = meta.country;
  const { clock } = meta;
  account.clock.restore({ frozen: clock.frozen, nowMs: clock.now_ms, offsetMs: clock.offset_ms });
  account.scheduler.rearm();
  if (full) {
    restoreWebhookState(account, webhooks, meta.webhooks, new Map());
    return;
  }
  webhooks.settings = readWebhookSettings(meta.webhooks.settings as Params, webhooks.settings);
  const faults = meta.webhooks.faults;
  if (JSON.stringify(exportWebhooks(account.name, webhooks).faults) !== JSON.stringify(faults)) {
    webhooks.setFaults(readFaultConfig(faults as Params));
    webhooks.faultCounters = {
      matched: [...meta.webhooks.fault_counters.matched],
      applied: [...meta.webhooks.fault_counters.applied],
    };
  }
}
