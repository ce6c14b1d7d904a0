import fc from 'fast-check';
import { expect, test } from 'vitest';
import { jsonText } from './json-text.js';

const frozenItem = fc.dictionary(fc.string(), fc.jsonValue()).map((item) => Object.freeze(item));

test('writes what JSON.stringify writes, for lists of frozen items in either key order and anything else', () => {
  const list = fc.record({
    before: fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))),
    after: fc.dictionary(fc.string(), fc.jsonValue()),
    data: fc.array(frozenItem, { maxLength: 5 }),
  });
  fc.assert(
    fc.property(list, ({ before, after, data }) => {
      const envelope = { ...before, object: 'list', data, ...after };
      expect(jsonText(envelope)).toBe(JSON.stringify(envelope));
    }),
  );
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(jsonText(value)).toBe(JSON.stringify(value));
    }),
  );
});

test('makes the text of a frozen object once', () => {
  const charge = Object.freeze({ object: 'charge', id: 'chrg_test_1', metadata: { order: 1 } });
  const first = jsonText(charge);
  (charge.metadata as { order: number }).order = 2; // a nested change breaks the promise freezing made
  expect(jsonText(charge)).toBe(first);
  expect(jsonText({ ...charge })).toBe(JSON.stringify({ ...charge }));
});
