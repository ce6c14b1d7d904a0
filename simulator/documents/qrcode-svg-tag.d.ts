// The SVG renderer of the qrcode package, which @types/qrcode does not describe: it draws a symbol from
// QRCode.create, so one encoding serves every format.
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  export function render(
    symbol: QRCode,
    options: QRCodeRenderersOptions & { errorCorrectionLevel?: string },
  ): string;
}

// The encoder alone: the package's main module also loads its PNG and terminal renderers (and pngjs), which
// the simulator never uses and which cost cold start time.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
