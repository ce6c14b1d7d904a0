import type { EventRecord } from '../../domain/records.js';
import { iso } from '../../render/timestamps.js';
import type { AccountWebhooks } from '../delivery/account-webhooks.js';
import type { DeliveryAttempt } from '../delivery/delivery-attempt.js';
import type { RecordedDelivery, ReplayFile } from './replay-file.js';

/** The account's events with their payloads and every attempt made, in creation order. */
export function exportReplayFile(
  account: string,
  events: readonly EventRecord[],
  webhooks: AccountWebhooks,
  now: number,
): ReplayFile {
  return {
    object: 'omise_sim_replay',
    version: 1,
    account,
    exported_at: iso(now),
    events: events.map((event) => {
      const attempts = webhooks.log.ofEvent(event.id);
      return {
        id: event.id,
        key: event.key,
        charge: event.chargeId,
        created_at: iso(event.createdAt),
        payload: webhooks.payload(event),
        deliveries: attempts.map(recorded),
      };
    }),
  };
}

function recorded(attempt: DeliveryAttempt): RecordedDelivery {
  return {
    id: attempt.id,
    uri: attempt.uri,
    attempt: attempt.attempt,
    kind: attempt.kind,
    status: attempt.status,
    error: attempt.error,
    delivered: attempt.delivered,
    faults: attempt.faults,
    attempted_at: iso(attempt.createdAt),
    headers: attempt.headers,
  };
}
