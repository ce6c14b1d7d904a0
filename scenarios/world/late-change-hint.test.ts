import { expect, test } from 'vitest';
import type { OrderSnapshot } from '../invariants/invariant.js';
import type { MerchantOrder } from '../merchant-under-test.js';
import { lateChangeHint } from './late-change-hint.js';

const paid: MerchantOrder = { status: 'paid', fulfilments: 1, refundedAmount: 0 };
const pending: MerchantOrder = { status: 'pending', fulfilments: 0, refundedAmount: 0 };
const snapshot = (order: MerchantOrder): OrderSnapshot => ({
  orderId: 'order-2',
  method: 'wechat_pay_mpm',
  amount: 2000,
  currency: 'THB',
  order,
  charge: {
    id: 'chrg_test_1',
    status: 'pending',
    amount: 2000,
    currency: 'THB',
    refunded_amount: 0,
    failure_code: null,
    source: { type: 'wechat_pay_mpm' },
  },
  before: null,
  settled: true,
});

test('a report says what the previous check read when the order changed since, and why that matters', () => {
  const hint = lateChangeHint(snapshot(paid), new Map([['order-2', pending]]));
  expect(hint).toContain(
    'At the previous check the merchant had order-2 as: status pending, fulfilments 0, refundedAmount 0.',
  );
  expect(hint.join(' ')).toContain('Add settled()');
});

test('an order unchanged since the previous check, or not read before, gets no hint', () => {
  expect(lateChangeHint(snapshot(paid), new Map([['order-2', paid]]))).toEqual([]);
  expect(lateChangeHint(snapshot(paid), new Map())).toEqual([]);
  expect(lateChangeHint(snapshot(paid), undefined)).toEqual([]);
});
