import sharp from 'sharp';
import { QR_DPI } from './render-qr-svg.js';

/**
 * The SVG from renderQrSvg as a greyscale PNG of the same pixel size, tagged 300 DPI so it prints at the
 * seed's recommended size. Whole pixels per module and crisp edges keep it pure black and white.
 */
export async function rasteriseQr(svg: Uint8Array): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(svg))
    .toColourspace('b-w')
    .png({ compressionLevel: 9 })
    .withDensity(QR_DPI)
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
