import { expect, test } from 'vitest';
import { exampleOrderDetails } from './example-order-details.js';
import { orderDetailsProblems } from './order-details.js';

const BOTH = ['phone_number', 'shipping', 'items'] as const;

test('finds nothing wrong in complete order details, from JSON (numbers) or a form (strings)', () => {
  const { shipping, items } = exampleOrderDetails(150000);
  expect(orderDetailsProblems(BOTH, shipping, items)).toEqual([]);
  const formItems = [{ sku: 'SKU-1', name: 'Order item', amount: '150000', quantity: '1' }];
  expect(orderDetailsProblems(BOTH, shipping, formItems)).toEqual([]);
});

test('names each missing field once, shipping first', () => {
  const items = [
    { sku: 'A', amount: '-1', quantity: 1 },
    { sku: 'B', amount: 'x', quantity: 1 },
  ];
  expect(orderDetailsProblems(BOTH, { country: 'SG', street1: ' ' }, items)).toEqual([
    'shipping[postal_code] cannot be blank',
    'shipping[street1] cannot be blank',
    'items[][name] cannot be blank',
    'items[][amount] must be an integer',
  ]);
});

test('asks for shipping and items themselves when they are absent, empty or of the wrong shape', () => {
  expect(orderDetailsProblems(BOTH, null, [])).toEqual(['shipping cannot be blank', 'items cannot be blank']);
  expect(orderDetailsProblems(BOTH, ['TH'], ['item'])).toEqual([
    'shipping cannot be blank',
    'items is invalid',
  ]);
});

test('checks nothing for a method that does not require them', () => {
  expect(orderDetailsProblems(['phone_number'], null, null)).toEqual([]);
});
