import type { Account } from '../account/account.js';
import type { SourceRecord } from '../domain/records.js';
import { createSource, type SourceRequest } from '../domain/source/create-source.js';

export function createSourceOperation(account: Account, request: SourceRequest): SourceRecord {
  const source = createSource(request, 'sources_api', account.context());
  account.store.putSource(source);
  return source;
}
