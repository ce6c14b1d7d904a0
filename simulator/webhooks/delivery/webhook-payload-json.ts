/**
 * The body Omise POSTs, byte for byte in its style: Ruby's `JSON.pretty_generate` of the json 1.x gem, with
 * two-space indents, empty arrays as "[\n\n  ]" and a final newline (the payload of the webhook_delivery in
 * omise-php's events/evnt_test_no1t4tnemucod0e51mo-get.json). A handler that re-serializes the JSON before
 * checking the signature fails here as it would in production.
 */
export function webhookPayloadJson(value: unknown): string {
  return `${write(value, '')}\n`;
}

function write(value: unknown, indent: string): string {
  if (Array.isArray(value)) return writeArray(value, indent);
  if (value !== null && typeof value === 'object')
    return writeObject(value as Record<string, unknown>, indent);
  return JSON.stringify(value ?? null);
}

function writeArray(items: readonly unknown[], indent: string): string {
  const inner = `${indent}  `;
  const body = items.map((item) => `${inner}${write(item, inner)}`).join(',\n');
  return `[\n${body}\n${indent}]`;
}

function writeObject(object: Record<string, unknown>, indent: string): string {
  const inner = `${indent}  `;
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return `{\n${indent}}`;
  const body = entries
    .map(([key, value]) => `${inner}${JSON.stringify(key)}: ${write(value, inner)}`)
    .join(',\n');
  return `{\n${body}\n${indent}}`;
}
