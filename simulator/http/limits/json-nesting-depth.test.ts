import { expect, test } from 'vitest';
import { jsonNestingDepth } from './json-nesting-depth.js';

test('counts the deepest nesting of objects and arrays', () => {
  expect(jsonNestingDepth('1', 100)).toBe(0);
  expect(jsonNestingDepth('{"a":[1,{"b":[]}],"c":{}}', 100)).toBe(4);
});

test('does not count brackets inside strings, escaped quotes included', () => {
  expect(jsonNestingDepth('{"a\\"[[[":"[[[{{{","b":"\\\\"}', 100)).toBe(1);
});

test('stops past the limit, on unclosed text too', () => {
  expect(jsonNestingDepth('['.repeat(100_000), 32)).toBe(33);
  expect(jsonNestingDepth(`${'['.repeat(32)}${']'.repeat(32)}`, 32)).toBe(32);
});
