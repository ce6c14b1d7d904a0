export type JsonSchema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function objectSchema(records: Record<string, unknown>[]): JsonSchema {
  const names = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const properties: Record<string, JsonSchema> = {};
  for (const name of names)
    properties[name] = schemaOf(records.filter((record) => name in record).map((record) => record[name]));
  const required = names.filter((name) => records.every((record) => name in record));
  return { type: 'object', properties, required };
}

/**
 * The JSON Schema that the rendered examples of one kind share: keys in the order the render layer writes
 * them (JSON Schema keeps `properties` in insertion order), required when every example has them, and each
 * value's type the union of the types seen (`transaction`: null on a pending charge, a string once paid).
 * A value only ever seen as null, or an empty array's items, accepts anything: examples cannot tell more,
 * which is the honest limit of deriving schemas from examples.
 */
export function schemaOf(examples: readonly unknown[]): JsonSchema {
  const types = [...new Set(examples.map(typeOf))];
  const known = types.filter((type) => type !== 'null');
  if (known.length !== 1) return {};
  const [type] = known as [string];
  const nullable = types.includes('null');
  const typed = (name: string) => ({ type: nullable ? [name, 'null'] : name });
  const present = examples.filter((example) => example !== null);
  if (type === 'object') return { ...objectSchema(present as Record<string, unknown>[]), ...typed('object') };
  if (type === 'array') {
    const items = (present as unknown[][]).flat();
    return { ...typed('array'), items: items.length > 0 ? schemaOf(items) : {} };
  }
  return typed(type);
}
