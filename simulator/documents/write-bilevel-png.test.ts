import { inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { crc32 } from './crc32.js';
import { writeBilevelPng } from './write-bilevel-png.js';

// A 10 x 2 image: row 0 dark then light, row 1 light then dark (2 bytes a row after the filter byte).
const scanlines = Uint8Array.from([0, 0b00000111, 0b11000000, 0, 0b11111000, 0b00000000]);
const png = Buffer.from(await writeBilevelPng({ width: 10, height: 2, dotsPerInch: 300, scanlines }));

interface Chunk {
  type: string;
  body: Buffer;
  crcMatches: boolean;
}

function chunksOf(file: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < file.length; ) {
    const length = file.readUInt32BE(offset);
    const end = offset + 8 + length;
    chunks.push({
      type: file.toString('latin1', offset + 4, offset + 8),
      body: file.subarray(offset + 8, end),
      crcMatches: file.readUInt32BE(end) === crc32(file, offset + 4, end),
    });
    offset = end + 4;
  }
  return chunks;
}

test('writes the PNG signature and the IHDR, pHYs, IDAT and IEND chunks, each with its CRC', () => {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const chunks = chunksOf(png);
  expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
  expect(chunks.every((chunk) => chunk.crcMatches)).toBe(true);
});

test('declares 1-bit greyscale, no interlace, at the given size', () => {
  const [header] = chunksOf(png);
  // width 10, height 2, bit depth 1, colour type 0, compression 0, filter method 0, interlace 0.
  expect(header?.body.toString('hex')).toBe('0000000a00000002' + '0100000000');
});

test('tags the density in pixels per metre: 300 DPI is 11,811', () => {
  const density = chunksOf(png)[1]?.body;
  expect([density?.readUInt32BE(0), density?.readUInt32BE(4), density?.[8]]).toEqual([11811, 11811, 1]);
});

test('stores the scanlines as given, zlib-compressed', () => {
  const data = chunksOf(png)[2]?.body ?? Buffer.alloc(0);
  expect(inflateSync(data).equals(scanlines)).toBe(true);
});
