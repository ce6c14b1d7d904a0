import { expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { chooseImageFormat } from './choose-image-format.js';

test('gives SVG when nothing is asked for', () => {
  expect(chooseImageFormat(undefined, undefined)).toBe('svg');
  expect(chooseImageFormat(undefined, '*/*')).toBe('svg');
});

test('gives PNG for Accept: image/png', () => {
  expect(chooseImageFormat(undefined, 'image/png')).toBe('png');
  expect(chooseImageFormat(undefined, 'image/png, */*;q=0.1')).toBe('png');
});

test('gives SVG to a browser img tag, whose Accept lists SVG', () => {
  expect(
    chooseImageFormat(undefined, 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8'),
  ).toBe('svg');
});

test('weighs q values between PNG and SVG', () => {
  expect(chooseImageFormat(undefined, 'image/svg+xml;q=0.5, image/png')).toBe('png');
  expect(chooseImageFormat(undefined, 'image/svg+xml, image/png;q=0.9')).toBe('svg');
  expect(chooseImageFormat(undefined, 'image/png;q=0')).toBe('svg');
});

test('lets ?format win over Accept', () => {
  expect(chooseImageFormat('png', 'image/svg+xml')).toBe('png');
  expect(chooseImageFormat('svg', 'image/png')).toBe('svg');
});

test('refuses an unknown ?format with bad_request', () => {
  expect(() => chooseImageFormat('gif', undefined)).toThrow(
    expect.objectContaining({ code: 'bad_request', status: 400, message: messages.invalidField('format') }),
  );
});

test("serves a PNG document as PNG unless the client prefers SVG (PayNow's qrcode.png)", () => {
  expect(chooseImageFormat(undefined, undefined, 'png')).toBe('png');
  expect(chooseImageFormat(undefined, '*/*', 'png')).toBe('png');
  expect(chooseImageFormat(undefined, 'image/svg+xml,image/*;q=0.8', 'png')).toBe('svg');
  expect(chooseImageFormat('svg', undefined, 'png')).toBe('svg');
});
