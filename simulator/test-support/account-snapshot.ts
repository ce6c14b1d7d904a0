import type { Simulator } from '../create-simulator.js';

/**
 * Everything a request could change about an account, serialised: its records, clock, scheduled jobs,
 * settings, API faults, webhook settings, faults and delivery state. Two equal snapshots mean the account
 * is exactly as it was.
 */
export function accountSnapshot(sim: Simulator, name: string): string {
  const account = sim.account(name);
  const { store, clock } = account;
  const webhooks = sim.webhooks;
  return JSON.stringify({
    sources: store.sources.toArray(),
    charges: store.charges.toArray(),
    refunds: store.refunds.toArray(),
    events: store.events.toArray(),
    clock: { now: clock.now(), frozen: clock.frozen, jobs: account.scheduler.pending },
    apiVersion: account.apiVersion,
    apiFaults: account.apiFaults.list(),
    webhookSettings: webhooks.settings(name),
    webhookFaults: webhooks.faults(name),
    faultCounters: webhooks.faultCounters(name),
    deliveries: webhooks.deliveries(name),
    webhookStatus: webhooks.status(name),
  });
}
