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
