import type { Sharp, SharpOptions } from 'sharp';
import { type EncodedQr, QR_DPI, QUIET_ZONE_MODULES } from './render-qr-svg.js';

type SharpFactory = (input: Buffer, options: SharpOptions) => Sharp;
let loading: Promise<SharpFactory> | undefined;

/** sharp is loaded on the first PNG (or shortly after the first QR document): never at import, it takes a while. */
export function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then((module) => module.default as unknown as SharpFactory);
  return loading;
}

/**
 * The QR code as a 1-bit greyscale PNG of `code.pixels` square, tagged 300 DPI so it prints at the seed's
 * recommended size, pure black and white, whole pixels per module. The main thread only draws the module
 * matrix, one pixel per module (a couple of KB); sharp, in libuv's pool, scales it up by whole pixels
 * (nearest neighbour: the same pixels as drawing each module as a square) and writes it. `b-w` with
 * `colours: 2` and no palette makes libvips write 1 bit per pixel without quantising: about 1 KB in 2 ms,
 * where 8-bit RGB took 3 KB and 20 ms at the same compression level.
 */
export async function rasteriseQr(code: EncodedQr): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const png = await sharp(drawModules(code), {
    raw: { width: code.modules, height: code.modules, channels: 1 },
  })
    .resize(code.pixels, code.pixels, { kernel: 'nearest' })
    .toColourspace('b-w')
    .png({ compressionLevel: 9, colours: 2, palette: false })
    .withDensity(QR_DPI)
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** One byte per module, 0 for dark and 255 for light, quiet zone included. */
function drawModules(code: EncodedQr): Buffer {
  const { size, data } = code.symbol.modules;
  const pixels = Buffer.alloc(code.modules * code.modules, 255);
  for (let row = 0; row < size; row++) {
    const start = (row + QUIET_ZONE_MODULES) * code.modules + QUIET_ZONE_MODULES;
    for (let col = 0; col < size; col++) if (data[row * size + col]) pixels[start + col] = 0;
  }
  return pixels;
}
