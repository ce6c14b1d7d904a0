import { expect, test } from 'vitest';
import { iso } from './timestamps.js';

test('formats whole UTC seconds, the same whether or not the second was formatted before', () => {
  const ms = Date.parse('2024-09-10T03:57:17.999Z');
  expect(iso(ms)).toBe('2024-09-10T03:57:17Z');
  expect(iso(ms - 999)).toBe('2024-09-10T03:57:17Z');
  expect(iso(ms + 1)).toBe('2024-09-10T03:57:18Z');
  expect(iso(-500)).toBe('1969-12-31T23:59:59Z');
  for (let i = 0; i < 1000; i++)
    expect(iso(i * 1000)).toBe(new Date(i * 1000).toISOString().replace('.000Z', 'Z'));
  expect(() => iso(Number.NaN)).toThrow(RangeError);
});
