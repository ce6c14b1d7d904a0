// The SVG renderer of the qrcode package, which @types/qrcode does not describe: it draws a symbol from
// QRCode.create, so one encoding serves every format.
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  export function render(
    symbol: QRCode,
    options: QRCodeRenderersOptions & { errorCorrectionLevel?: string },
  ): string;
}
