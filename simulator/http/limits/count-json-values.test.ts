import { expect, test } from 'vitest';
import { countJsonValues } from './count-json-values.js';

test('counts every value of valid JSON, keys and string contents excepted', () => {
  expect(countJsonValues('1', 100)).toBe(1);
  expect(countJsonValues('[1,2,"a,b[{"]', 100)).toBe(4);
  expect(countJsonValues('{"a":1,"b":{"c":[true,null]}}', 100)).toBe(6);
  expect(countJsonValues('{"a\\",[":"x\\\\",",":2}', 100)).toBe(3);
});

test('counts an empty object or array once more than it holds', () => {
  expect(countJsonValues('[{},[]]', 100)).toBe(5);
});

test('stops counting past the limit', () => {
  expect(countJsonValues(`[${'1,'.repeat(1_000_000)}1]`, 10)).toBe(11);
});
