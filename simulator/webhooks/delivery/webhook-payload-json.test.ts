import fc from 'fast-check';
import { expect, test } from 'vitest';
import { webhookPayloadJson } from './webhook-payload-json.js';

test('writes the pretty layout of the Omise payload, empty arrays included', () => {
  const payload = webhookPayloadJson({
    object: 'event',
    webhook_deliveries: [],
    data: { refunds: { data: [] } },
  });
  // The same layout as the payload string in omise-php's event fixture.
  expect(payload).toBe(
    '{\n  "object": "event",\n  "webhook_deliveries": [\n\n  ],\n  "data": {\n    "refunds": {\n      "data": [\n\n      ]\n    }\n  }\n}\n',
  );
});

test('parses back to the same value', () => {
  const value = { a: [1, 'x', null, { b: true }], c: {}, d: 'ไทย "q"', e: 1.5 };
  expect(JSON.parse(webhookPayloadJson(value))).toEqual(value);
});

test('writes an empty object the way the json 1.x generator does', () => {
  expect(webhookPayloadJson({ metadata: {} })).toBe('{\n  "metadata": {\n  }\n}\n');
});

test('writes any JSON value as the json 1.x generator does', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(webhookPayloadJson(value)).toBe(`${prettyGenerate(value, '')}\n`);
    }),
    { numRuns: 2000 },
  );
});

test('writes values full of brackets, commas and line breaks as the json 1.x generator does', () => {
  // Strings and keys made of the characters the layout turns on, so that `[]` and `{}` inside strings sit
  // next to commas, escaped line breaks and real empty arrays and objects.
  const tricky = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', ',', '\n', ' ', '"', ':', 'a') });
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      tricky,
      fc.constantFrom(null, true, 0, -1.5, [], {}),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(tricky, tie('node'), { maxKeys: 4 }),
    ),
  })).node;
  fc.assert(
    fc.property(value, (each) => {
      expect(webhookPayloadJson(each)).toBe(`${prettyGenerate(each, '')}\n`);
    }),
    { numRuns: 2000 },
  );
});

test('keeps strings that look like empty arrays or objects as they are', () => {
  const value = { a: '[]', b: ['{}', '[]\n{}'], 'c": []': 'x: {}', d: '[]' };
  expect(webhookPayloadJson(value)).toBe(`${prettyGenerate(value, '')}\n`);
});

/** The generator written out rule by rule: the reference the fast path is checked against. */
function prettyGenerate(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const body = value.map((item) => `${inner}${prettyGenerate(item, inner)}`).join(',\n');
    return `[\n${body}\n${indent}]`;
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  const entries = Object.entries(value).filter(([, each]) => each !== undefined);
  if (entries.length === 0) return `{\n${indent}}`;
  const body = entries.map(([key, each]) => `${inner}${JSON.stringify(key)}: ${prettyGenerate(each, inner)}`);
  return `{\n${body.join(',\n')}\n${indent}}`;
}
