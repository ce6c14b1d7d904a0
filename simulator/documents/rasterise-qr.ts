import type { Sharp, SharpOptions } from 'sharp';
import { type EncodedQr, QR_DPI, QUIET_ZONE_MODULES } from './render-qr-svg.js';

type SharpFactory = (input: Buffer, options: SharpOptions) => Sharp;
let loading: Promise<SharpFactory> | undefined;

/** sharp is loaded on the first PNG: most runs never ask for one, and loading it takes a while. */
export function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then((module) => module.default as unknown as SharpFactory);
  return loading;
}

/**
 * The QR code as a 1-bit greyscale PNG of `code.pixels` square, tagged 300 DPI so it prints at the seed's
 * recommended size: drawn straight from the module matrix, whole pixels per module, pure black and white.
 * `b-w` with `colours: 2` and no palette makes libvips write 1 bit per pixel without quantising: about
 * 600 bytes in 2 ms, where 8-bit RGB took 3 KB and 20 ms at the same compression level.
 */
export async function rasteriseQr(code: EncodedQr): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const png = await sharp(drawModules(code), {
    raw: { width: code.pixels, height: code.pixels, channels: 1 },
  })
    .toColourspace('b-w')
    .png({ compressionLevel: 9, colours: 2, palette: false })
    .withDensity(QR_DPI)
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * One byte per pixel, 0 for a dark module and 255 for light, quiet zone included: each row of modules is
 * drawn once and copied down its height, so the main thread spends a fraction of a millisecond here.
 */
function drawModules(code: EncodedQr): Buffer {
  const { size, data } = code.symbol.modules;
  const scale = code.pixels / code.modules;
  const width = code.pixels;
  const pixels = Buffer.alloc(width * width, 255);
  for (let row = 0; row < size; row++) {
    const top = (row + QUIET_ZONE_MODULES) * scale * width;
    for (let col = 0; col < size; col++) {
      if (!data[row * size + col]) continue;
      const x = top + (col + QUIET_ZONE_MODULES) * scale;
      pixels.fill(0, x, x + scale);
    }
    for (let y = 1; y < scale; y++) pixels.copy(pixels, top + y * width, top, top + width);
  }
  return pixels;
}
