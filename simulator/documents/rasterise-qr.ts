import type { Sharp, SharpOptions } from 'sharp';
import { type EncodedQr, QR_DPI, QUIET_ZONE_MODULES } from './render-qr-svg.js';

type SharpFactory = (input: Buffer, options: SharpOptions) => Sharp;
let loading: Promise<SharpFactory> | undefined;

/** sharp is loaded on the first PNG: most runs never ask for one, and loading it takes a while. */
function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then((module) => module.default as unknown as SharpFactory);
  return loading;
}

/**
 * The QR code as a greyscale PNG of `code.pixels` square, tagged 300 DPI so it prints at the seed's
 * recommended size: drawn straight from the module matrix, whole pixels per module, pure black and white.
 */
export async function rasteriseQr(code: EncodedQr): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const png = await sharp(drawModules(code), {
    raw: { width: code.pixels, height: code.pixels, channels: 1 },
  })
    .png({ compressionLevel: 9, adaptiveFiltering: true }) // 3 KB rather than 6 KB, in about the same time
    .withDensity(QR_DPI)
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** One byte per pixel, 0 for a dark module and 255 for light, quiet zone included. */
function drawModules(code: EncodedQr): Buffer {
  const { size, data } = code.symbol.modules;
  const scale = code.pixels / code.modules;
  const pixels = Buffer.alloc(code.pixels * code.pixels, 255);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!data[row * size + col]) continue;
      const x = (col + QUIET_ZONE_MODULES) * scale;
      for (let y = (row + QUIET_ZONE_MODULES) * scale, end = y + scale; y < end; y++) {
        pixels.fill(0, y * code.pixels + x, y * code.pixels + x + scale);
      }
    }
  }
  return pixels;
}
