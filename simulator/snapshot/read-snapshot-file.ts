import { isCountryCode } from '../domain/country/account-country.js';
import { isApiVersion } from '../render/api-version.js';
import {
  firstBadField,
  isBoolean,
  isHash,
  isTime,
  isWholeNumber,
  type RecordSchema,
} from './field-checks.js';
import { invalid } from './invalid-snapshot.js';
import { readAccountRecords } from './read-account-records.js';
import { readWebhooksSnapshot } from './read-webhooks-snapshot.js';
import {
  type AccountSnapshot,
  type ClockSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type SnapshotFile,
} from './snapshot-file.js';
import { snapshotMessages } from './snapshot-messages.js';

const ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const clockSchema: RecordSchema<ClockSnapshot> = {
  now_ms: isTime,
  frozen: isBoolean,
  offset_ms: isWholeNumber,
};

/**
 * Checks a whole snapshot file before anything is changed: shapes, references between records, and the
 * webhook settings and faults as their own endpoints read them. Throws an Omise `bad_request` naming the field.
 */
export function readSnapshotFile(value: unknown): SnapshotFile {
  if (!isHash(value)) throw invalid(snapshotMessages.notASnapshot('the file is not a JSON object'));
  const file = value as Record<string, unknown>;
  if (file.format !== SNAPSHOT_FORMAT)
    throw invalid(snapshotMessages.notASnapshot(`format is not "${SNAPSHOT_FORMAT}"`));
  if (
    !isWholeNumber(file.version) ||
    (file.version as number) < 1 ||
    (file.version as number) > SNAPSHOT_VERSION
  )
    throw invalid(snapshotMessages.notASnapshot(`version must be 1 to ${SNAPSHOT_VERSION}`));
  if (!Array.isArray(file.accounts) || file.accounts.length === 0)
    throw invalid(snapshotMessages.invalidAt('accounts'));
  // Informational, but a string: any other value is refused (String() of a parsed object with no prototype,
  // as the body parser makes them, would throw).
  if (file.exported_at != null && typeof file.exported_at !== 'string')
    throw invalid(snapshotMessages.invalidAt('exported_at'));
  const accounts = file.accounts.map((account, index) => readAccount(account, `accounts[${index}]`));
  const names = new Set<string>();
  accounts.forEach((account, index) => {
    if (names.has(account.name))
      throw invalid(snapshotMessages.duplicateId(`accounts[${index}].name`, account.name));
    names.add(account.name);
  });
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exported_at: typeof file.exported_at === 'string' ? file.exported_at : '',
    accounts,
  };
}

function readAccount(value: unknown, path: string): AccountSnapshot {
  if (!isHash(value)) throw invalid(snapshotMessages.invalidAt(path));
  const account = value as Record<string, unknown>;
  if (typeof account.name !== 'string' || !ACCOUNT_NAME.test(account.name))
    throw invalid(snapshotMessages.invalidAt(`${path}.name`));
  if (typeof account.api_version !== 'string' || !isApiVersion(account.api_version))
    throw invalid(snapshotMessages.invalidAt(`${path}.api_version`));
  if (typeof account.country !== 'string' || !isCountryCode(account.country))
    throw invalid(snapshotMessages.invalidAt(`${path}.country`));
  const badClock = firstBadField(clockSchema, account.clock);
  if (badClock !== null)
    throw invalid(snapshotMessages.invalidAt(`${path}.clock${badClock && `.${badClock}`}`));
  const records = readAccountRecords(account.records, `${path}.records`);
  const eventIds = new Set(records.events.map((item) => item.event.id));
  return {
    name: account.name,
    api_version: account.api_version,
    country: account.country,
    clock: account.clock as ClockSnapshot,
    records,
    webhooks: readWebhooksSnapshot(account.webhooks, `${path}.webhooks`, eventIds),
  };
}
