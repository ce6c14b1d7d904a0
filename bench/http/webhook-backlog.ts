import { benchAuth } from './bench-requests.js';

/** What happened to the webhooks of one run of creates: how many went during it, and the rest after. */
export interface WebhookBacklog {
  /** Deliveries finished per second while the load ran. */
  readonly deliveredPerSecond: number;
  /** Events the load made, per second (one per create). */
  readonly eventsPerSecond: number;
  /** Deliveries still to go when the load stopped. */
  readonly left: number;
  /** How long they took after it stopped, in seconds. */
  readonly drainSeconds: number;
}

interface Status {
  readonly delivered: number;
  readonly failed: number;
}

/** Reads the webhook status of the bench account (`GET /_sim/webhooks/status`). */
export async function webhookStatus(url: string): Promise<Status> {
  const response = await fetch(`${url}/_sim/webhooks/status`, { headers: benchAuth });
  if (!response.ok) throw new Error(`GET /_sim/webhooks/status: ${response.status}`);
  return (await response.json()) as Status;
}

/** Waits until the bench account's webhooks are idle (`POST /_sim/webhooks/wait`); the seconds it took. */
export async function waitForWebhooks(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/_sim/webhooks/wait`, {
    method: 'POST',
    headers: { ...benchAuth, 'content-type': 'application/json' },
    body: JSON.stringify({ timeout_seconds: 60 }),
  });
  const status = (await response.json()) as { idle?: boolean };
  if (!status.idle) throw new Error('the webhooks of the bench did not settle within 60 s');
  return (performance.now() - started) / 1000;
}

/** After a run of `requests` creates over `seconds` that began at `before`: the deliveries during and after. */
export async function webhookBacklog(
  url: string,
  before: Status,
  requests: number,
  seconds: number,
): Promise<WebhookBacklog> {
  const done = (status: Status) => status.delivered + status.failed;
  const atEnd = await webhookStatus(url);
  const drainSeconds = await waitForWebhooks(url);
  const after = await webhookStatus(url);
  return {
    deliveredPerSecond: (done(atEnd) - done(before)) / seconds,
    eventsPerSecond: requests / seconds,
    left: done(after) - done(atEnd),
    drainSeconds,
  };
}
