/**
 * The body Omise POSTs, byte for byte in its style: Ruby's `JSON.pretty_generate` of the json 1.x gem, with
 * two-space indents, empty arrays as "[\n\n  ]" and a final newline (the payload of the webhook_delivery in
 * omise-php's events/evnt_test_no1t4tnemucod0e51mo-get.json). A handler that re-serializes the JSON before
 * checking the signature fails here as it would in production.
 *
 * `JSON.stringify` with two-space indents lays everything else out the same way; only its empty arrays and
 * objects (`[]`, `{}`) differ. Strings never hold a raw newline, so an empty one is structural exactly when a
 * line break (or the end) follows it, and it opens out at the indent of its line.
 */
export function webhookPayloadJson(value: unknown): string {
  const json = JSON.stringify(value ?? null, null, 2);
  return `${json.replace(STRUCTURAL_EMPTY, (empty: string, offset: number) => openedOut(json, empty, offset))}\n`;
}

const STRUCTURAL_EMPTY = /(?:\[\]|\{\})(?=,?(?:\n|$))/g;

function openedOut(json: string, empty: string, offset: number): string {
  const lineStart = json.lastIndexOf('\n', offset) + 1;
  let indentEnd = lineStart;
  while (json.charCodeAt(indentEnd) === 32) indentEnd++;
  const indent = json.slice(lineStart, indentEnd);
  return empty === '[]' ? `[\n\n${indent}]` : `{\n${indent}}`;
}
