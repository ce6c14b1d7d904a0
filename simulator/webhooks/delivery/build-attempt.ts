import type { WebhookSettings } from '../settings/webhook-settings.js';
import { SIGNATURE_HEADER, signatureHeaders } from '../signature/signature-headers.js';
import type { Delivery } from './delivery.js';

/** Signs the bad_signature fault's attempts: a well-formed signature from a key that is not the secret. */
const FORGED_SECRET = Buffer.from('omise-sim: not the webhook secret').toString('base64');

export const DELIVERY_HEADER = 'Omise-Sim-Delivery';
export const ATTEMPT_HEADER = 'Omise-Sim-Attempt';

export interface AttemptRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly signature: string;
  readonly timestamp: number;
  /** The drop_first fault: the attempt is logged as a failure and never sent. */
  readonly dropped: boolean;
  readonly faults: readonly string[];
}

/**
 * The request of attempt `attempt`, sent at real time `sentAt`: Omise's headers (JSON,
 * `Omise-Signature` and its timestamp in unix seconds of the real time of sending, because a receiver checks
 * it against its own clock whatever the account clock says), the simulator's own `Omise-Sim-Delivery` / `Omise-Sim-Attempt` for matching a
 * receiver's log to the simulator's, and whatever the delivery's faults do to this attempt.
 */
export function buildAttempt(
  delivery: Delivery,
  attempt: number,
  id: string,
  settings: WebhookSettings,
  sentAt: number,
): AttemptRequest {
  const { plan } = delivery;
  const faults: string[] = [];
  if (delivery.kind === 'duplicate') faults.push('duplicate');
  if (attempt === 1 && plan.faults.includes('delay')) faults.push('delay');
  if (attempt === 1 && plan.faults.includes('reorder')) faults.push('reorder');
  if (plan.stale) faults.push('stale_payload');
  let timestamp = Math.floor(sentAt / 1000);
  if (plan.oldTimestamp && attempt <= plan.oldTimestamp.attempts) {
    timestamp -= plan.oldTimestamp.seconds;
    faults.push('old_timestamp');
  }
  const forged = attempt <= plan.badSignatureAttempts;
  if (forged) faults.push('bad_signature');
  const dropped = attempt <= plan.dropAttempts;
  if (dropped) faults.push('dropped');
  const signed = signatureHeaders(
    delivery.payload,
    forged ? [FORGED_SECRET] : secretsFor(delivery, settings),
    timestamp,
  );
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'omise-sim webhooks',
    ...signed,
    [DELIVERY_HEADER]: id,
    [ATTEMPT_HEADER]: String(attempt),
  };
  return { headers, signature: signed[SIGNATURE_HEADER] as string, timestamp, dropped, faults };
}

/** The endpoint's own secret if it has one, else the account's (and the previous one during a rotation). */
function secretsFor(delivery: Delivery, settings: WebhookSettings): string[] {
  if (delivery.secret) return [delivery.secret];
  const own = settings.endpoints.find((endpoint) => endpoint.url === delivery.url)?.secret;
  if (own) return [own];
  return settings.previousSecret ? [settings.secret, settings.previousSecret] : [settings.secret];
}
