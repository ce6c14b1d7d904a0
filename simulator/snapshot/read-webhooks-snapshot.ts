import { cryptoRandom } from '../domain/ids.js';
import { OmiseError } from '../errors/omise-error.js';
import type { Params } from '../http/form-params.js';
import { readFaultConfig } from '../webhooks/faults/read-fault-config.js';
import { readWebhookSettings } from '../webhooks/settings/read-webhook-settings.js';
import { defaultWebhookSettings } from '../webhooks/settings/webhook-settings.js';
import { isCount, isHash, listOf } from './field-checks.js';
import { invalid } from './invalid-snapshot.js';
import { readList, referencesExist } from './read-list.js';
import { attemptSchema, pendingDeliverySchema } from './record-schemas.js';
import type { WebhooksSnapshot } from './snapshot-file.js';
import { snapshotMessages } from './snapshot-messages.js';

/** Webhook settings and faults as their own endpoints check them; the log and pending deliveries by schema. */
export function readWebhooksSnapshot(
  value: unknown,
  path: string,
  eventIds: ReadonlySet<string>,
): WebhooksSnapshot {
  if (!isHash(value)) throw invalid(snapshotMessages.invalidAt(path));
  const webhooks = value as Record<string, unknown>;
  const settings = webhooks.settings;
  if (!isHash(settings) || typeof (settings as Params).secret !== 'string')
    throw invalid(snapshotMessages.invalidAt(`${path}.settings.secret`));
  asSetting(`${path}.settings`, () =>
    readWebhookSettings(settings as Params, defaultWebhookSettings({}, cryptoRandom)),
  );
  if (!isHash(webhooks.faults)) throw invalid(snapshotMessages.invalidAt(`${path}.faults`));
  asSetting(`${path}.faults`, () => readFaultConfig(webhooks.faults as Params));
  const counters = webhooks.fault_counters as Record<string, unknown> | undefined;
  if (!isHash(counters) || !listOf(isCount)(counters?.matched) || !listOf(isCount)(counters?.applied))
    throw invalid(snapshotMessages.invalidAt(`${path}.fault_counters`));
  const attempts = readList(webhooks.attempts, `${path}.attempts`, attemptSchema);
  referencesExist(eventIds, attempts, 'eventId', `${path}.attempts`);
  const pending = readList(webhooks.pending, `${path}.pending`, pendingDeliverySchema);
  referencesExist(eventIds, pending, 'event_id', `${path}.pending`);
  return {
    settings: settings as Params,
    faults: webhooks.faults as WebhooksSnapshot['faults'],
    fault_counters: counters as unknown as WebhooksSnapshot['fault_counters'],
    attempts,
    pending,
  };
}

/** Runs the settings reader; its Omise error gets the field's place in the file in front. */
function asSetting(path: string, read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (error instanceof OmiseError) throw invalid(snapshotMessages.settingsInvalid(path, error.message));
    throw error;
  }
}
