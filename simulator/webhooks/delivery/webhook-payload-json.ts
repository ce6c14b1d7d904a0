/**
 * The body Omise POSTs, byte for byte in its style: Ruby's `JSON.pretty_generate` of the json 1.x gem, with
 * two-space indents, empty arrays as "[\n\n  ]" and a final newline (the payload of the webhook_delivery in
 * omise-php's events/evnt_test_no1t4tnemucod0e51mo-get.json). A handler that re-serializes the JSON before
 * checking the signature fails here as it would in production.
 *
 * `JSON.stringify` with two-space indents lays everything else out the same way; only its empty arrays and
 * objects (`[]`, `{}`) differ. Strings never hold a raw newline, so an empty one is structural exactly when a
 * line break (or the end) follows it, and it opens out at the indent of its line. The text is cut around
 * those few places with `indexOf` and glued once: every attempt's body goes through here, and a regular
 * expression's replace builds (and grows) a copy of the whole text.
 */
export function webhookPayloadJson(value: unknown): string {
  const json = JSON.stringify(value ?? null, null, 2);
  let out = '';
  let from = 0;
  let array = json.indexOf('[]');
  let object = json.indexOf('{}');
  while (array >= 0 || object >= 0) {
    const isArray = object < 0 || (array >= 0 && array < object);
    const at = isArray ? array : object;
    if (closesLine(json, at + 2)) {
      out += json.slice(from, at) + openedOut(json, at, isArray);
      from = at + 2;
    }
    if (isArray) array = json.indexOf('[]', at + 2);
    else object = json.indexOf('{}', at + 2);
  }
  return from === 0 ? `${json}\n` : `${out}${json.slice(from)}\n`;
}

/** A line break, a comma and a line break, or the end of the text comes at `index`. */
function closesLine(json: string, index: number): boolean {
  const next = json.charCodeAt(index) === 44 ? index + 1 : index;
  return next >= json.length || json.charCodeAt(next) === 10;
}

function openedOut(json: string, offset: number, isArray: boolean): string {
  const lineStart = json.lastIndexOf('\n', offset) + 1;
  let indentEnd = lineStart;
  while (json.charCodeAt(indentEnd) === 32) indentEnd++;
  const indent = json.slice(lineStart, indentEnd);
  return isArray ? `[\n\n${indent}]` : `{\n${indent}}`;
}
