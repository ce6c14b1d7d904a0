import { expect, test } from 'vitest';
import { crc32 } from './crc32.js';

test('gives the standard CRC-32 check value', () => {
  // The check value of CRC-32/ISO-HDLC, the CRC PNG and zlib use: crc32("123456789") = 0xcbf43926.
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});

test("checks a PNG chunk's type and data, as the PNG specification's own IEND chunk shows", () => {
  // Every PNG ends with IEND: length 0, type "IEND", CRC ae 42 60 82.
  expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
});

test('covers only the given range', () => {
  const bytes = new TextEncoder().encode('xx123456789yy');
  expect(crc32(bytes, 2, 11)).toBe(0xcbf43926);
  expect(crc32(new Uint8Array())).toBe(0);
});
