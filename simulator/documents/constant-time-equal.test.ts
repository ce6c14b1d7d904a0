import { expect, test } from 'vitest';
import { constantTimeEqual } from './constant-time-equal.js';

test('matches equal tokens and nothing else', () => {
  expect(constantTimeEqual('227EE5083E298A73', '227EE5083E298A73')).toBe(true);
  expect(constantTimeEqual('227EE5083E298A73', '227EE5083E298A74')).toBe(false);
  expect(constantTimeEqual('227EE5083E298A73', '227EE5083E298A7')).toBe(false);
  expect(constantTimeEqual('227EE5083E298A73', '')).toBe(false);
});
