import { type EncodedQr, QR_DPI, QUIET_ZONE_MODULES } from './render-qr-svg.js';
import { writeBilevelPng } from './write-bilevel-png.js';

/**
 * The QR code as a 1-bit greyscale PNG of `code.pixels` square, tagged 300 DPI so it prints at the seed's
 * recommended size, pure black and white, whole pixels per module: each module a square of pixels, the
 * same pixels the SVG rasterises to. Drawn on the main thread in about 0.2 ms (one scanline per module
 * row, copied for the module's height), then compressed (`inPool`: see `writeBilevelPng`); sharp took
 * about 3 ms for the same pixels (scaling up one byte per module, then writing).
 */
export function rasteriseQr(code: EncodedQr, inPool = true): Promise<Uint8Array> {
  return writeBilevelPng(
    {
      width: code.pixels,
      height: code.pixels,
      dotsPerInch: QR_DPI,
      scanlines: drawScanlines(code),
    },
    inPool,
  );
}

/** PNG scanlines (filter byte 0, then 1 bit per pixel, 1 for light): each module row drawn once. */
function drawScanlines(code: EncodedQr): Uint8Array {
  const scale = code.pixels / code.modules;
  const stride = 1 + Math.ceil(code.pixels / 8);
  const scanlines = new Uint8Array(stride * code.pixels);
  const line = new Uint8Array(stride);
  for (let moduleRow = 0; moduleRow < code.modules; moduleRow++) {
    drawModuleRow(code, moduleRow - QUIET_ZONE_MODULES, scale, line);
    const top = moduleRow * scale;
    for (let y = top; y < top + scale; y++) scanlines.set(line, y * stride);
  }
  return scanlines;
}

/** One scanline of symbol row `row` (outside the symbol: the quiet zone, all light). */
function drawModuleRow(code: EncodedQr, row: number, scale: number, line: Uint8Array): void {
  const { size, data } = code.symbol.modules;
  line.fill(0xff, 1);
  line[0] = 0; // filter type None: "Up" (the rows below a module row are copies) compressed no smaller
  if (row >= 0 && row < size) {
    for (let col = 0; col < size; col++) {
      if (!data[row * size + col]) continue;
      const left = (col + QUIET_ZONE_MODULES) * scale;
      for (let x = left; x < left + scale; x++) darken(line, x);
    }
  }
  // Bits past the last pixel are 0, as libvips wrote them (decoders ignore them).
  for (let x = code.pixels; x < (line.length - 1) * 8; x++) darken(line, x);
}

/** Clears pixel `x`'s bit (0 is black in a greyscale PNG); byte 0 of a scanline is its filter type. */
function darken(line: Uint8Array, x: number): void {
  const at = 1 + (x >> 3);
  line[at] = (line[at] ?? 0) & ~(0x80 >> (x & 7));
}
