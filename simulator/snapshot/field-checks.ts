// Small structural checks for snapshot files: each says whether a JSON value has the shape a record field needs.
export type FieldCheck = (value: unknown) => boolean;

/** A check per field of T: the compiler insists on every field, so a new record field needs a check here. */
export type RecordSchema<T> = { readonly [K in keyof T]-?: FieldCheck };

const LAST_SHOWABLE_MS = Date.parse('9999-12-31T23:59:59.999Z');

export const isString: FieldCheck = (value) => typeof value === 'string';
export const isBoolean: FieldCheck = (value) => typeof value === 'boolean';
/** A whole number that is safe in JSON and in Date (amounts, epoch milliseconds, counters). */
export const isWholeNumber: FieldCheck = (value) => Number.isSafeInteger(value);
/** A whole number, 0 or more. */
export const isCount: FieldCheck = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
/** Epoch milliseconds up to the end of year 9999: what ISO 8601 timestamps (and `Date`) can show. */
export const isTime: FieldCheck = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= LAST_SHOWABLE_MS;
export const isFiniteNumber: FieldCheck = (value) => typeof value === 'number' && Number.isFinite(value);
export const isHash: FieldCheck = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function nullable(check: FieldCheck): FieldCheck {
  return (value) => value === null || check(value);
}

export function oneOf(values: readonly unknown[]): FieldCheck {
  return (value) => values.includes(value);
}

export function listOf(check: FieldCheck): FieldCheck {
  return (value) => Array.isArray(value) && value.every(check);
}

export function shaped<T>(schema: RecordSchema<T>): FieldCheck {
  return (value) => firstBadField(schema, value) === null;
}

/** The first field (in schema order) that is missing or of the wrong shape; '' if the value is no object. */
export function firstBadField<T>(schema: RecordSchema<T>, value: unknown): string | null {
  if (!isHash(value)) return '';
  const record = value as Record<string, unknown>;
  for (const [field, check] of Object.entries(schema) as [string, FieldCheck][]) {
    if (!(field in record) || !check(record[field])) return field;
  }
  return null;
}
