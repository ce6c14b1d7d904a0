import { expect, test } from 'vitest';
import { IdGenerator, seededRandom } from './ids.js';

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
