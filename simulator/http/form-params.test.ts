import { expect, test } from 'vitest';
import { parseFormParams } from './form-params.js';

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

test('refuses a key sent both as a string and as a hash, in either order, with Rack’s message', () => {
  expect(() => parseFormParams('source=src_test_1&source[type]=truemoney')).toThrow(
    "expected Hash (got String) for param `source'",
  );
  expect(() => parseFormParams('source[type]=truemoney&source=src_test_1')).toThrow(
    "expected String (got Hash) for param `source'",
  );
  expect(() => parseFormParams('webhook_endpoints=a&webhook_endpoints[]=b')).toThrow(
    "expected Array (got String) for param `webhook_endpoints'",
  );
  expect(parseFormParams('amount=1&amount=2')).toEqual({ amount: '2' });
});

test('takes keys named like Object methods as plain keys', () => {
  expect(parseFormParams('metadata[valueOf]=!&metadata[toString]=x')).toEqual({
    metadata: { valueOf: '!', toString: 'x' },
  });
});
