import { expect, test } from 'vitest';
import { formatAmount } from './format-amount.js';

test('shows subunits as the customer reads the amount', () => {
  expect(formatAmount(150000, 'THB')).toBe('1,500.00');
  expect(formatAmount(2000, 'SGD')).toBe('20.00');
  expect(formatAmount(5, 'MYR')).toBe('0.05');
});

test('uses no decimals for currencies without subunits', () => {
  expect(formatAmount(1500, 'JPY')).toBe('1,500');
});
