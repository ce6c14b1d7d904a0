import { expect, test } from 'vitest';
import { paymentType } from './payment-type.js';

test("names a charge's source type, or card for a card charge", () => {
  expect(paymentType({ source: { type: 'truemoney' }, card: null })).toBe('truemoney');
  expect(paymentType({ source: null, card: { object: 'card' } })).toBe('card');
  expect(paymentType({ source: null, card: null })).toBe('');
});
