import sharp from 'sharp';
import { expect, test } from 'vitest';
import { rasteriseQr } from './rasterise-qr.js';
import { type EncodedQr, encodeQr, QUIET_ZONE_MODULES } from './render-qr-svg.js';
import { decodeQr } from './test-support/qr-test-support.js';

const payload = 'http://127.0.0.1:4100/wallet/chrg_test_5y4zomdqoboas2g9rds';
// From 21 pixels per module (a one-character symbol) down to 4 (the largest symbols).
const payloads = ['a', payload, 'x'.repeat(300), 'y'.repeat(2000)];

/** Whether the module at (`x`, `y`) of the whole image, quiet zone included, is dark. */
function isDark(code: EncodedQr, x: number, y: number): boolean {
  const { size, data } = code.symbol.modules;
  const [row, col] = [y - QUIET_ZONE_MODULES, x - QUIET_ZONE_MODULES];
  return row >= 0 && row < size && col >= 0 && col < size && data[row * size + col] === 1;
}

test('draws every module of the symbol as a square of black or white pixels, as sharp decodes it', async () => {
  for (const text of payloads) {
    const code = encodeQr(text);
    const { data, info } = await sharp(await rasteriseQr(code))
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([code.pixels, code.pixels, 1]);
    const scale = code.pixels / code.modules;
    let wrong = 0;
    for (let y = 0; y < code.pixels; y++) {
      for (let x = 0; x < code.pixels; x++) {
        const expected = isDark(code, Math.floor(x / scale), Math.floor(y / scale)) ? 0 : 255;
        if (data[y * code.pixels + x] !== expected) wrong++;
      }
    }
    expect(wrong).toBe(0);
  }
});

test('decodes back to its payload with the QR decoder, at every symbol size', async () => {
  for (const text of payloads.slice(0, 3))
    expect(await decodeQr(await rasteriseQr(encodeQr(text)))).toBe(text);
});

test('gives the same bytes every time for the same symbol', async () => {
  const code = encodeQr(payload);
  const first = await rasteriseQr(code);
  expect(Buffer.from(await rasteriseQr(code)).equals(first)).toBe(true);
  expect(Buffer.from(await rasteriseQr(encodeQr(payload))).equals(first)).toBe(true);
  // Compressed in this turn or in libuv's pool: the same zlib, the same bytes.
  expect(Buffer.from(await rasteriseQr(code, false)).equals(first)).toBe(true);
});
