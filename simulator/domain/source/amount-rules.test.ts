import { expect, test } from 'vitest';
import { toSentence } from './amount-rules.js';

test('joins validation errors the way real Omise messages read', () => {
  expect(toSentence(['amount must be at least 2000'])).toBe('amount must be at least 2000');
  expect(toSentence(['a', 'b'])).toBe('a and b');
  expect(toSentence(['name cannot be blank', 'email is in invalid format', 'phone_number is bad'])).toBe(
    'name cannot be blank, email is in invalid format, and phone_number is bad',
  );
});
