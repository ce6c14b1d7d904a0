import { isApiVersion } from '../render/api-version.js';
import { firstBadField, isHash } from './field-checks.js';
import { invalid } from './invalid-snapshot.js';
import { mustExist, readList, referencesExist, uniqueIds } from './read-list.js';
import {
  cardSchema,
  chargeSchema,
  customerSchema,
  eventSchema,
  refundSchema,
  sourceSchema,
  tokenSchema,
} from './record-schemas.js';
import type { EventSnapshot, RecordsSnapshot } from './snapshot-file.js';
import { snapshotMessages } from './snapshot-messages.js';

/** An account's records, each of the right shape, every id once, every reference to a record in the file. */
export function readAccountRecords(value: unknown, path: string): RecordsSnapshot {
  if (!isHash(value)) throw invalid(snapshotMessages.invalidAt(path));
  const records = value as Record<string, unknown>;
  const sources = readList(records.sources, `${path}.sources`, sourceSchema);
  const charges = readList(records.charges, `${path}.charges`, chargeSchema);
  const refunds = readList(records.refunds, `${path}.refunds`, refundSchema);
  const events = readEvents(records.events, `${path}.events`);
  const { tokens, cards, customers, cardIds, customerIds } = readVaultRecords(records, path);
  charges.forEach((charge, index) => {
    // A charge is paid from a source or from a card, never both or neither: rendering needs one of them.
    const fromCard = charge.sourceType === 'card';
    if (fromCard !== (charge.card !== null) || fromCard !== (charge.sourceId === null))
      throw invalid(snapshotMessages.invalidAt(`${path}.charges[${index}].sourceId`));
    if (charge.card) mustExist(cardIds, charge.card.cardId, `${path}.charges[${index}].card.cardId`);
  });
  const sourceIds = uniqueIds(sources, `${path}.sources`);
  const chargeIds = uniqueIds(charges, `${path}.charges`);
  uniqueIds(refunds, `${path}.refunds`);
  uniqueIds(
    events.map((item) => item.event),
    `${path}.events`,
  );
  referencesExist(chargeIds, sources, 'chargeId', `${path}.sources`);
  referencesExist(sourceIds, charges, 'sourceId', `${path}.charges`);
  referencesExist(chargeIds, refunds, 'chargeId', `${path}.refunds`);
  events.forEach(({ event }, index) => {
    const subjects = event.chargeId.startsWith('cust_') ? customerIds : chargeIds;
    mustExist(subjects, event.chargeId, `${path}.events[${index}].event.chargeId`);
  });
  return { sources, charges, refunds, events, tokens, cards, customers };
}

/** Tokens, cards and customers; a file written before cards were simulated has none. */
function readVaultRecords(records: Record<string, unknown>, path: string) {
  const tokens = readList(records.tokens ?? [], `${path}.tokens`, tokenSchema);
  const cards = readList(records.cards ?? [], `${path}.cards`, cardSchema);
  const customers = readList(records.customers ?? [], `${path}.customers`, customerSchema);
  const cardIds = uniqueIds(cards, `${path}.cards`);
  const customerIds = uniqueIds(customers, `${path}.customers`);
  uniqueIds(tokens, `${path}.tokens`);
  referencesExist(cardIds, tokens, 'cardId', `${path}.tokens`);
  referencesExist(customerIds, cards, 'customerId', `${path}.cards`);
  return { tokens, cards, customers, cardIds, customerIds };
}

function readEvents(value: unknown, path: string): EventSnapshot[] {
  if (!Array.isArray(value)) throw invalid(snapshotMessages.invalidAt(path));
  return value.map((item, index) => {
    if (!isHash(item)) throw invalid(snapshotMessages.invalidAt(`${path}[${index}]`));
    const { event, webhook_api_version: version } = item as Record<string, unknown>;
    if (version !== null && (typeof version !== 'string' || !isApiVersion(version)))
      throw invalid(snapshotMessages.invalidAt(`${path}[${index}].webhook_api_version`));
    const bad = firstBadField(eventSchema, event);
    if (bad !== null) throw invalid(snapshotMessages.invalidAt(`${path}[${index}].event${bad && `.${bad}`}`));
    return item as unknown as EventSnapshot;
  });
}
