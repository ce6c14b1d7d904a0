import { expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { parseFormParams } from './form-params.js';
import { DEFAULT_REQUEST_LIMITS } from './limits/request-limits.js';

test('nests bracketed keys as curl, Ruby and PHP send them', () => {
  expect(
    parseFormParams('amount=1&source%5Btype%5D=truemoney&source[phone_number]=0812345678&metadata[a][b]=c'),
  ).toEqual({
    amount: '1',
    source: { type: 'truemoney', phone_number: '0812345678' },
    metadata: { a: { b: 'c' } },
  });
});

test('collects `[]` keys into arrays, starting a new hash when a key repeats, as Rack does', () => {
  expect(parseFormParams('webhook_endpoints[]=https://a&webhook_endpoints[]=https://b')).toEqual({
    webhook_endpoints: ['https://a', 'https://b'],
  });
  expect(parseFormParams('items[][name]=x&items[][qty]=1&items[][name]=y')).toEqual({
    items: [{ name: 'x', qty: '1' }, { name: 'y' }],
  });
});

test('makes numeric keys hash keys, not array indexes, as Rack does', () => {
  expect(parseFormParams('metadata[0]=x&metadata[1]=y')).toEqual({ metadata: { '0': 'x', '1': 'y' } });
});

test('keeps a plain key with brackets only at the start as it is', () => {
  expect(parseFormParams('[x]=1')).toEqual({ '[x]': '1' });
});

test('keeps prototype keys as data and never touches Object.prototype', () => {
  const params = parseFormParams(
    '__proto__[limit]=1&constructor[prototype][x]=2&a[__proto__][b]=3&toString=4',
  );
  expect(Object.getPrototypeOf(params)).toBeNull();
  expect(Object.keys(params)).toEqual(['__proto__', 'constructor', 'a', 'toString']);
  expect(JSON.parse(JSON.stringify(params.a))).toEqual({ ['__proto__']: { b: '3' } });
  expect(({} as Record<string, unknown>).limit).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('limit');
});

test('refuses a key that is both a string and a hash or an array, as Rack does', () => {
  expect(() => parseFormParams('a=1&a[b]=2')).toThrow(messages.paramTypeConflict('Hash', 'String', 'a'));
  expect(() => parseFormParams('a=1&a[]=2')).toThrow(messages.paramTypeConflict('Array', 'String', 'a'));
  expect(() => parseFormParams('a[]=1&a[b]=2')).toThrow(messages.paramTypeConflict('Hash', 'Array', 'a'));
  // Rack would let a later plain value replace the hash; the simulator refuses that order too.
  expect(() => parseFormParams('a[b]=2&a=1')).toThrow(messages.paramTypeConflict('String', 'Hash', 'a'));
  expect(parseFormParams('amount=1&amount=2')).toEqual({ amount: '2' });
});

test('refuses keys nested deeper than the depth limit without recursing into them', () => {
  const limit = DEFAULT_REQUEST_LIMITS.maxDepth;
  expect(parseFormParams(`a${'[b]'.repeat(limit - 1)}=1`)).toBeTruthy();
  expect(() => parseFormParams(`a${'[b]'.repeat(limit)}=1`)).toThrow(messages.paramsTooDeep(limit));
  const deep = `a${'[b]'.repeat(8000)}=1`;
  expect(() => parseFormParams(deep, { ...DEFAULT_REQUEST_LIMITS, maxKeyLength: 100_000 })).toThrow(
    messages.paramsTooDeep(limit),
  );
});

test('refuses too many parameters, long names and long values', () => {
  const limits = { ...DEFAULT_REQUEST_LIMITS, maxParams: 3, maxKeyLength: 5, maxStringLength: 4 };
  expect(() => parseFormParams('a=1&b=2&c=3&d=4', limits)).toThrow(messages.tooManyParams(3));
  expect(() => parseFormParams('abcdef=1', limits)).toThrow(messages.keyTooLong(5));
  expect(() => parseFormParams('a=12345', limits)).toThrow(messages.stringTooLong(4));
  expect(parseFormParams('a=1&b=2&c=1234', limits)).toEqual({ a: '1', b: '2', c: '1234' });
});

test('refuses a source sent both as an id and as a hash, in either order, with Rack’s message', () => {
  expect(() => parseFormParams('source=src_test_1&source[type]=truemoney')).toThrow(
    "expected Hash (got String) for param `source'",
  );
  expect(() => parseFormParams('source[type]=truemoney&source=src_test_1')).toThrow(
    "expected String (got Hash) for param `source'",
  );
  expect(() => parseFormParams('webhook_endpoints=a&webhook_endpoints[]=b')).toThrow(
    "expected Array (got String) for param `webhook_endpoints'",
  );
});

test('takes keys named like Object methods as plain keys', () => {
  expect(parseFormParams('metadata[valueOf]=!&metadata[toString]=x')).toEqual({
    metadata: { valueOf: '!', toString: 'x' },
  });
});
