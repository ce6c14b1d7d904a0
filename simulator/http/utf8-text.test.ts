import { expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { checkWellFormed, utf8Text } from './utf8-text.js';

const refusal = (part: string) =>
  expect.objectContaining({ code: 'bad_request', message: messages.notUtf8(part) });

test('decodes UTF-8 bytes, Thai and emoji included', () => {
  expect(utf8Text(Buffer.from('กขค 🛒'), 'request body')).toBe('กขค 🛒');
});

test('refuses a stray continuation byte, an overlong form and an encoded surrogate', () => {
  for (const bytes of [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe0, 0xb8]]) {
    expect(() => utf8Text(Uint8Array.from(bytes), 'request body')).toThrow(refusal('request body'));
  }
});

test('refuses a lone surrogate in a string and keeps a pair', () => {
  expect(() => checkWellFormed('a\ud800b', 'request body')).toThrow(refusal('request body'));
  expect(checkWellFormed('🛒', 'request body')).toBe('🛒');
});
