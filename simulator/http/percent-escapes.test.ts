import { expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { checkFormEscapes, checkPathEscapes } from './percent-escapes.js';

const refusal = (message: string) => expect.objectContaining({ code: 'bad_request', message });

test('takes escapes that spell UTF-8, Thai and emoji included', () => {
  expect(() => checkFormEscapes('a=%E0%B8%81&b=%F0%9F%9B%92&c=100%25&d=plain', 'query string')).not.toThrow();
});

test('refuses escapes that spell no UTF-8, also across a name and its value', () => {
  for (const text of ['a=%FF', 'a=%E0&b=%B8%81', '%ED%A0%80=1']) {
    expect(() => checkFormEscapes(text, 'query string')).toThrow(refusal(messages.notUtf8('query string')));
  }
});

test('refuses a lone % as Rack does, naming the name or value it is in', () => {
  expect(() => checkFormEscapes('amount=100&description=100%', 'request body')).toThrow(
    refusal(messages.invalidPercentEncoding('request body', '100%')),
  );
  expect(() => checkFormEscapes('a%zz=1', 'query string')).toThrow(
    refusal(messages.invalidPercentEncoding('query string', 'a%zz')),
  );
  expect(() => checkFormEscapes(`a=${'x'.repeat(500)}%`, 'request body')).toThrow(
    refusal(messages.invalidPercentEncoding('request body', `${'x'.repeat(100)}...`)),
  );
});

test('refuses a path escape that spells no UTF-8 and keeps a lone % in a path', () => {
  expect(() => checkPathEscapes('/charges/chrg_%FF')).toThrow(refusal(messages.notUtf8('request path')));
  expect(() => checkPathEscapes('/charges/100%/refunds')).not.toThrow();
  expect(() => checkPathEscapes('/charges/%E0%B8%81')).not.toThrow();
});
