import { firstBadField, type RecordSchema } from './field-checks.js';
import { invalid } from './invalid-snapshot.js';
import { snapshotMessages } from './snapshot-messages.js';

/** A list of records of one schema, each checked; the error names the first bad item and field. */
export function readList<T>(value: unknown, path: string, schema: RecordSchema<T>): T[] {
  if (!Array.isArray(value)) throw invalid(snapshotMessages.invalidAt(path));
  value.forEach((item, index) => {
    const bad = firstBadField(schema, item);
    if (bad !== null) throw invalid(snapshotMessages.invalidAt(`${path}[${index}]${bad && `.${bad}`}`));
  });
  return value as T[];
}

/** Ids that must each appear once; returns them as a set. */
export function uniqueIds(items: readonly { readonly id: string }[], path: string): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) throw invalid(snapshotMessages.duplicateId(`${path}[${index}].id`, item.id));
    ids.add(item.id);
  });
  return ids;
}

/** A reference to a record that must be in the file. */
export function mustExist(ids: ReadonlySet<string>, id: string, path: string): void {
  if (!ids.has(id)) throw invalid(snapshotMessages.unknownReference(path, id));
}

/** Each item's reference (`field`, when not null) names a record in the file. */
export function referencesExist<T>(
  ids: ReadonlySet<string>,
  items: readonly T[],
  field: keyof T & string,
  path: string,
): void {
  items.forEach((item, index) => {
    const id = item[field];
    if (typeof id === 'string') mustExist(ids, id, `${path}[${index}].${field}`);
  });
}
