import { expect, test } from 'vitest';
import { cryptoRandom, IdGenerator, seededRandom } from './ids.js';

test('makes ids shaped like real ones, with a time prefix like real ids of the same moment', () => {
  const id = new IdGenerator().next('chrg', Date.parse('2023-12-18T10:18:51Z'));
  expect(id).toMatch(/^chrg_test_[0-9a-z]{19}$/);
  // chrg_test_5y4zomdqoboas2g9rds was created at that moment (WeChat Pay UPM seed).
  expect(id.slice('chrg_test_'.length, 'chrg_test_'.length + 7)).toBe('5y4zomd');
});

test('repeats the same ids and tokens for the same seed', () => {
  const a = new IdGenerator(seededRandom(7));
  const b = new IdGenerator(seededRandom(7));
  expect([a.next('src', 0), a.hex(16), a.digits(18)]).toEqual([b.next('src', 0), b.hex(16), b.digits(18)]);
});

test('makes upper-case hex download tokens of the asked length', () => {
  expect(new IdGenerator().hex(16)).toMatch(/^[0-9A-F]{16}$/);
});

test('gives seeded ids that stay the same from release to release', () => {
  const ids = new IdGenerator(seededRandom(42));
  expect([
    ids.next('chrg', Date.parse('2024-01-01T00:00:00Z')),
    ids.hex(16),
    ids.digits(6),
  ]).toMatchInlineSnapshot(`
    [
      "chrg_test_5yaarh4rvnm7ht5tazu",
      "C24A55A41FED74F1",
      "911443",
    ]
  `);
});

test('hands out pooled random bytes that never change after they are given', () => {
  const first = cryptoRandom(11);
  const copy = Array.from(first);
  for (let i = 0; i < 1000; i++) cryptoRandom(11);
  expect(Array.from(first)).toEqual(copy);
  expect(cryptoRandom(5000)).toHaveLength(5000);
});

test('a seeded source hands out the same stream of bytes whatever sizes are drawn, and never rewrites them', () => {
  const oneByOne = seededRandom(11);
  const expected = Array.from({ length: 9000 }, () => oneByOne(1)[0]);
  const chunked = seededRandom(11);
  const drawn: Uint8Array[] = [];
  for (const size of [3, 4094, 5, 4200, 1, 697]) drawn.push(chunked(size));
  expect(drawn.flatMap((bytes) => [...bytes])).toEqual(expected);
});

test('ids are flat strings of the alphabet: digits, hex and base 36', () => {
  const ids = new IdGenerator(seededRandom(3));
  expect(ids.next('chrg', Date.parse('2024-01-01T00:00:00Z'))).toMatch(/^chrg_test_[0-9a-z]{19}$/);
  expect(ids.digits(18)).toMatch(/^[0-9]{18}$/);
  expect(ids.hex(16)).toMatch(/^[0-9A-F]{16}$/);
});
