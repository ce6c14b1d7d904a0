import QRCode from 'qrcode';

// Seed "WeChat Pay MPM" (ja), QRコード表示: at least 3 cm (5 cm recommended), 300 DPI for print, a dark
// QR on white, a white border of at least 4 modules. The image is sized for the recommended 5 cm at
// 300 DPI with a whole number of pixels per module, so it stays sharp and decodes at any scale.
export const QR_DPI = 300;
export const QUIET_ZONE_MODULES = 4;
const RECOMMENDED_CM = 5;
export const MIN_QR_PIXELS = Math.ceil((RECOMMENDED_CM / 2.54) * QR_DPI);

const options: QRCode.QRCodeToStringOptionsOther = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: QUIET_ZONE_MODULES,
  color: { dark: '#000000', light: '#ffffff' },
};

export interface QrSvg {
  readonly svg: string;
  /** Width and height in pixels (the SVG's own size, and the PNG's). */
  readonly pixels: number;
  /** Modules across, quiet zone included. */
  readonly modules: number;
}

/** The QR code of `payload` as an SVG document (the seeds' `qrcode.svg`). */
export async function renderQrSvg(payload: string): Promise<QrSvg> {
  const modules = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules.size + 2 * QUIET_ZONE_MODULES;
  const pixels = Math.ceil(MIN_QR_PIXELS / modules) * modules;
  const svg = await QRCode.toString(payload, { ...options, width: pixels });
  return { svg, pixels, modules };
}
