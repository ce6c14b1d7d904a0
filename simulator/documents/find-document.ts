import type { ChargeRecord, DocumentRecord, SourceRecord } from '../domain/records.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import type { ChargeDirectory } from './charge-directory.js';
import { constantTimeEqual } from './constant-time-equal.js';

export interface FoundDocument {
  readonly charge: ChargeRecord;
  readonly source: SourceRecord | undefined;
  readonly document: DocumentRecord;
}

/**
 * The document a download URL names, in whatever state its charge is now (it stays downloadable after
 * the charge ends). Unknown ids, a document of another charge and a wrong token all give the same 404.
 */
export function findDocument(
  directory: ChargeDirectory,
  chargeId: string,
  documentId: string,
  token: string,
): FoundDocument {
  const account =
    directory.chargeIdOfDocument(documentId) === chargeId ? directory.accountOf(chargeId) : undefined;
  const charge = account?.store.charges.get(chargeId);
  const document = charge?.document;
  if (
    !account ||
    !charge ||
    !document ||
    document.id !== documentId ||
    !constantTimeEqual(document.token, token)
  ) {
    throw omiseError('not_found', messages.notFound('document', documentId));
  }
  return { charge, source: account.store.sources.get(charge.sourceId ?? ''), document };
}
