import type { Account } from '../account/account.js';
import { scheduleExpiry } from '../operations/charge-operations.js';
import type { ApiVersion } from '../render/api-version.js';
import type { AccountWebhooks } from '../webhooks/delivery/account-webhooks.js';
import type { Delivery } from '../webhooks/delivery/delivery.js';
import { readFaultConfig } from '../webhooks/faults/read-fault-config.js';
import { readWebhookSettings } from '../webhooks/settings/read-webhook-settings.js';
import type { AccountSnapshot, PendingDelivery, WebhooksSnapshot } from './snapshot-file.js';

/**
 * Replaces an account's state with a checked snapshot (readSnapshotFile): clears it, restores clock, records
 * and webhooks, then re-derives its scheduled work: each charge's expiry check, each pending delivery's next
 * attempt. What fell due while the file was on disk (a running clock kept its distance from real time) fires now.
 */
export function importAccount(
  account: Account,
  webhooks: () => AccountWebhooks,
  snapshot: AccountSnapshot,
): void {
  account.reset();
  account.apiVersion = snapshot.api_version;
  account.country = snapshot.country;
  restoreClock(account, snapshot);
  const { sources, charges, refunds, events, tokens, cards, customers } = snapshot.records;
  account.recordPast(() => {
    for (const card of cards) account.store.cards.set(card.id, card);
    for (const token of tokens) account.store.tokens.set(token.id, token);
    for (const customer of customers) account.store.customers.set(customer.id, customer);
    for (const source of sources) account.store.putSource(source);
    for (const charge of charges) account.store.putCharge(charge);
    for (const refund of refunds) account.store.addRefund(refund);
    for (const { event } of events) account.recordEvent(event);
  });
  // Every charge keeps its expiry check until expires_at, as it has since it was made (a no-op unless pending).
  const now = account.clock.now();
  for (const charge of charges)
    if (charge.status === 'pending' || charge.expiresAt > now) scheduleExpiry(account, charge);
  restoreWebhooks(account, webhooks(), snapshot);
  account.settle();
}

function restoreClock(account: Account, { clock }: AccountSnapshot): void {
  if (clock.frozen) {
    account.clock.freeze();
    account.clock.set(clock.now_ms);
  } else {
    account.clock.set(account.clock.now() + clock.offset_ms);
  }
}

function restoreWebhooks(account: Account, state: AccountWebhooks, snapshot: AccountSnapshot): void {
  const versions = new Map<string, ApiVersion>();
  for (const { event, webhook_api_version } of snapshot.records.events)
    if (webhook_api_version !== null) versions.set(event.id, webhook_api_version);
  restoreWebhookState(account, state, snapshot.webhooks, versions);
}

/** Settings, faults, log and pending deliveries back into a fresh account's webhooks (its events loaded). */
export function restoreWebhookState(
  account: Account,
  state: AccountWebhooks,
  saved: WebhooksSnapshot,
  versions: ReadonlyMap<string, ApiVersion>,
): void {
  state.settings = readWebhookSettings(saved.settings, state.settings);
  state.setFaults(readFaultConfig(saved.faults));
  state.faultCounters = {
    matched: [...saved.fault_counters.matched],
    applied: [...saved.fault_counters.applied],
  };
  const pending = saved.pending.map((delivery) => toDelivery(account, delivery));
  state.restore({ versions, attempts: saved.attempts, pending });
}

function toDelivery(account: Account, saved: PendingDelivery): Delivery {
  const event = account.store.events.get(saved.event_id);
  if (!event) throw new Error(`snapshot delivery ${saved.number} names a missing event ${saved.event_id}`);
  return {
    number: saved.number,
    event,
    url: saved.url,
    secret: saved.secret,
    payload: saved.payload,
    kind: saved.kind,
    plan: saved.plan,
    group: saved.group,
    firstDueAt: saved.first_due_at,
    held: saved.state === 'held',
    holdUntil: saved.hold_until,
    state: saved.state,
    attempts: saved.attempts,
    nextAt: saved.next_at,
    cancelScheduled: null,
  };
}
