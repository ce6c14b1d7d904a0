import type QRCode from 'qrcode';
import { create as createQr } from 'qrcode/lib/core/qrcode.js';
import { render as renderSvgTag } from 'qrcode/lib/renderer/svg-tag.js';

// Seed "WeChat Pay MPM" (ja), QRコード表示: at least 3 cm (5 cm recommended), 300 DPI for print, a dark
// QR on white, a white border of at least 4 modules. The image is sized for the recommended 5 cm at
// 300 DPI with a whole number of pixels per module, so it stays sharp and decodes at any scale.
export const QR_DPI = 300;
export const QUIET_ZONE_MODULES = 4;
const RECOMMENDED_CM = 5;
export const MIN_QR_PIXELS = Math.ceil((RECOMMENDED_CM / 2.54) * QR_DPI);

const ERROR_CORRECTION = 'M';

export interface EncodedQr {
  /** The QR symbol: `modules.data` holds 1 for each dark module, row by row, `modules.size` across. */
  readonly symbol: QRCode.QRCode;
  /** Width and height in pixels (the SVG's own size, and the PNG's). */
  readonly pixels: number;
  /** Modules across, quiet zone included. */
  readonly modules: number;
}

export interface QrSvg {
  readonly svg: string;
  readonly pixels: number;
  readonly modules: number;
}

/** Encodes `payload` once; the SVG and the PNG are both drawn from the result. */
export function encodeQr(payload: string): EncodedQr {
  const symbol = createQr(payload, { errorCorrectionLevel: ERROR_CORRECTION });
  const modules = symbol.modules.size + 2 * QUIET_ZONE_MODULES;
  return { symbol, modules, pixels: Math.ceil(MIN_QR_PIXELS / modules) * modules };
}

/**
 * The QR code as an SVG document (the seeds' `qrcode.svg`): the same bytes `QRCode.toString` gives, from
 * the symbol already encoded.
 */
export function qrSvgOf(code: EncodedQr): string {
  return renderSvgTag(code.symbol, {
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: QUIET_ZONE_MODULES,
    color: { dark: '#000000', light: '#ffffff' },
    width: code.pixels,
  });
}

/** The QR code of `payload` as an SVG document. */
export async function renderQrSvg(payload: string): Promise<QrSvg> {
  const code = encodeQr(payload);
  return { svg: qrSvgOf(code), pixels: code.pixels, modules: code.modules };
}
