import QRCode from 'qrcode';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { rasteriseQr } from './rasterise-qr.js';
import { encodeQr, QUIET_ZONE_MODULES, renderQrSvg } from './render-qr-svg.js';
import { decodeQr } from './test-support/qr-test-support.js';

const payload = 'http://127.0.0.1:4100/wallet/chrg_test_5y4zomdqoboas2g9rds';
// Seed WeChat Pay MPM: at least 3 cm at 300 DPI (5 cm recommended).
const threeCmAt300Dpi = Math.ceil((3 / 2.54) * 300);

test('draws dark modules on a white background, sized in whole pixels per module', async () => {
  const { svg, pixels, modules } = await renderQrSvg(payload);
  expect(svg).toContain('<path fill="#ffffff"');
  expect(svg).toContain('stroke="#000000"');
  expect(svg).toContain(`width="${pixels}" height="${pixels}"`);
  expect(pixels % modules).toBe(0);
  expect(pixels).toBeGreaterThanOrEqual(threeCmAt300Dpi);
});

test('rasterises to a pure black-and-white PNG of the same size, tagged 300 DPI, 1 bit per pixel', async () => {
  const { pixels } = await renderQrSvg(payload);
  const png = await rasteriseQr(encodeQr(payload));
  const meta = await sharp(png).metadata();
  expect([meta.format, meta.width, meta.height, meta.density]).toEqual(['png', pixels, pixels, 300]);
  expect([meta.channels, meta.bitsPerSample, meta.isPalette]).toEqual([1, 1, false]);
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  expect(new Set(data)).toEqual(new Set([0, 255]));
});

test('keeps a white quiet zone of at least 4 modules on every side', async () => {
  const { pixels, modules } = encodeQr(payload);
  const png = await rasteriseQr(encodeQr(payload));
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const border = (pixels / modules) * QUIET_ZONE_MODULES;
  const at = (x: number, y: number) => data[y * pixels + x];
  let darkInBorder = 0;
  for (let i = 0; i < pixels; i++) {
    for (let d = 0; d < border; d++) {
      for (const value of [at(i, d), at(i, pixels - 1 - d), at(d, i), at(pixels - 1 - d, i)]) {
        if (value !== 255) darkInBorder++;
      }
    }
  }
  expect(darkInBorder).toBe(0);
  // The finder pattern starts right inside the quiet zone.
  expect(at(border, border)).toBe(0);
});

test('decodes back to its payload', async () => {
  expect(await decodeQr(await rasteriseQr(encodeQr(payload)))).toBe(payload);
});

test('gives the SVG QRCode.toString gives, from one encoding', async () => {
  for (const text of [payload, 'weixin://wxpay/bizpayurl?pr=abc', 'x'.repeat(300)]) {
    const { svg, pixels } = await renderQrSvg(text);
    const options = {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: QUIET_ZONE_MODULES,
      width: pixels,
    } as const;
    expect(svg).toBe(
      await QRCode.toString(text, { ...options, color: { dark: '#000000', light: '#ffffff' } }),
    );
  }
});

test('draws the PNG module for module as the SVG rasterised by sharp, at any symbol size', async () => {
  // From 21 pixels per module (a one-character symbol) down to 4 (the largest symbols).
  for (const text of ['a', payload, 'x'.repeat(300), 'y'.repeat(2000)]) {
    const { svg } = await renderQrSvg(text);
    const fromSvg = await sharp(Buffer.from(svg)).toColourspace('b-w').raw().toBuffer();
    const fromModules = await sharp(await rasteriseQr(encodeQr(text)))
      .toColourspace('b-w')
      .raw()
      .toBuffer();
    expect(fromModules.equals(fromSvg)).toBe(true);
  }
});
