import { expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { DEFAULT_REQUEST_LIMITS } from './limits/request-limits.js';
import { toPlainData } from './plain-data.js';

const limits = DEFAULT_REQUEST_LIMITS;

test('rebuilds JSON objects without prototypes, keeping __proto__ keys as data', () => {
  const data = toPlainData(JSON.parse('{"__proto__":{"polluted":1},"a":[{"constructor":{"x":2}}]}'), limits);
  const copy = { ...(data as Record<string, unknown>) };
  expect(Object.getPrototypeOf(data)).toBeNull();
  expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
  expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(JSON.stringify(data)).toBe('{"__proto__":{"polluted":1},"a":[{"constructor":{"x":2}}]}');
});

test('refuses nesting past the depth limit, however deep the document goes', () => {
  const nested = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
  expect(toPlainData(nested(limits.maxDepth), limits)).toBeTruthy();
  expect(() => toPlainData(nested(limits.maxDepth + 1), limits)).toThrow(messages.paramsTooDeep(32));
  expect(() => toPlainData(nested(5000), limits)).toThrow(messages.paramsTooDeep(32));
  const arrays = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  expect(() => toPlainData({ a: arrays }, limits)).toThrow(messages.paramsTooDeep(32));
});

test('refuses too many values, long keys and long strings', () => {
  const small = { ...limits, maxParams: 3, maxKeyLength: 3, maxStringLength: 3 };
  expect(() => toPlainData({ a: [1, 2, 3] }, small)).toThrow(messages.tooManyParams(3));
  expect(() => toPlainData({ abcd: 1 }, small)).toThrow(messages.keyTooLong(3));
  expect(() => toPlainData({ a: 'abcd' }, small)).toThrow(messages.stringTooLong(3));
  expect(toPlainData({ a: [1, 'abc'] }, small)).toEqual({ a: [1, 'abc'] });
});
