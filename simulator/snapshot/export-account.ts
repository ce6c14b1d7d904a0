import type { Account } from '../account/account.js';
import type { AccountWebhooks } from '../webhooks/delivery/account-webhooks.js';
import type { Delivery } from '../webhooks/delivery/delivery.js';
import { renderFaultConfig } from '../webhooks/faults/render-fault-config.js';
import { renderWebhookSettings } from '../webhooks/settings/webhook-settings.js';
import type { AccountSnapshot, PendingDelivery, WebhooksSnapshot } from './snapshot-file.js';

/** One account as snapshot data: records, clock, webhook settings, log and pending work. */
export function exportAccount(account: Account, webhooks: AccountWebhooks): AccountSnapshot {
  const { store, clock } = account;
  return {
    name: account.name,
    api_version: account.apiVersion,
    country: account.country,
    clock: { now_ms: clock.now(), frozen: clock.frozen, offset_ms: clock.frozen ? 0 : clock.offsetMs },
    records: {
      sources: store.sources.toArray(),
      charges: store.charges.toArray(),
      refunds: store.refunds.toArray(),
      events: store.events.toArray().map((event) => ({
        event,
        webhook_api_version: webhooks.eventVersion(event.id) ?? null,
      })),
      tokens: store.tokens.toArray(),
      cards: store.cards.toArray(),
      customers: store.customers.toArray(),
    },
    webhooks: exportWebhooks(account.name, webhooks),
  };
}

/** The account's webhook settings, faults, delivery log and pending work (a persistent engine's account meta). */
export function exportWebhooks(name: string, webhooks: AccountWebhooks): WebhooksSnapshot {
  const { object: _object, account: _account, ...settings } = renderWebhookSettings(name, webhooks.settings);
  const rendered = renderFaultConfig(name, webhooks.faults, { matched: [], applied: [] });
  const rules = (rendered.rules as Record<string, unknown>[]).map(
    ({ matched: _matched, applied: _applied, ...rule }) => rule,
  );
  return {
    settings,
    faults: { seed: webhooks.faults.seed, rules },
    // Counters are sparse (a rule that never matched has no entry yet): written as 0.
    fault_counters: {
      matched: Array.from(webhooks.faultCounters.matched, (count) => count ?? 0),
      applied: Array.from(webhooks.faultCounters.applied, (count) => count ?? 0),
    },
    attempts: webhooks.log.list(),
    pending: webhooks.pendingDeliveries().map((delivery) => exportPending(delivery, webhooks)),
  };
}

/** An attempt that was due or under way is written as due again: its answer was never logged. */
function exportPending(delivery: Delivery, webhooks: AccountWebhooks): PendingDelivery {
  const open = delivery.state === 'due' || delivery.state === 'in_flight';
  const attempts = delivery.state === 'in_flight' ? delivery.attempts - 1 : delivery.attempts;
  const state = open
    ? 'scheduled'
    : delivery.state === 'held' || delivery.state === 'queued'
      ? delivery.state
      : 'scheduled';
  return {
    number: delivery.number,
    event_id: delivery.event.id,
    url: delivery.url,
    secret: delivery.secret,
    payload: delivery.payload,
    kind: delivery.kind,
    plan: delivery.plan,
    group: delivery.group,
    first_due_at: delivery.firstDueAt,
    hold_until: delivery.holdUntil,
    state,
    attempts,
    next_at: open ? dueAgainAt(delivery, attempts, webhooks) : delivery.nextAt,
  };
}

/** When an attempt was due: the delivery's first due time, or the retry time its previous attempt logged. */
function dueAgainAt(delivery: Delivery, attempts: number, webhooks: AccountWebhooks): number {
  if (attempts === 0) return delivery.firstDueAt;
  const logged = webhooks.log.ofEvent(delivery.event.id).filter((a) => a.delivery === delivery.number);
  return logged.at(-1)?.nextRetryAt ?? delivery.firstDueAt;
}
