import { expect, test } from 'vitest';
import type { WireCharge } from '../world/simulator-control.js';
import { chargeMatchesOrder } from './charge-matches-order.js';
import { foreignEventsChangeNoOrder } from './foreign-events-change-no-order.js';
import type { OrderSnapshot, StepContext } from './invariant.js';
import { oneChargePerOrder } from './one-charge-per-order.js';
import { refundsAsAsked } from './refunds-as-asked.js';

const charge = (fields: Partial<WireCharge> = {}): WireCharge => ({
  id: 'chrg_test_1',
  status: 'successful',
  amount: 2000,
  currency: 'THB',
  refunded_amount: 0,
  failure_code: null,
  source: { type: 'wechat_pay_upm' },
  ...fields,
});
const order = { status: 'paid' as const, fulfilments: 1, refundedAmount: 0 };
const snapshot = (fields: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  orderId: 'order-1',
  method: 'wechat_pay_upm',
  amount: 2000,
  currency: 'THB',
  order,
  charge: charge(),
  before: null,
  settled: true,
  ...fields,
});
const step: StepContext = { description: 'a step', mustNotChangeOrders: false, final: false };

test('one-charge-per-order: two successful charges for one order, or one charge for two orders, break it', () => {
  const twice = [charge(), charge({ id: 'chrg_test_2' })];
  expect(oneChargePerOrder.check(snapshot({ charges: twice }), step)).toBe(
    'the customer was charged 2 times for one order (chrg_test_1, chrg_test_2)',
  );
  const orphan = [charge(), charge({ id: 'chrg_test_2', status: 'pending' })];
  expect(oneChargePerOrder.check(snapshot({ charges: orphan }), step)).toBeNull();
  expect(oneChargePerOrder.check(snapshot({ sharesChargeWith: ['order-2'] }), step)).toContain('order-2');
});

test('charge-matches-order: amount, currency and method must be the order’s', () => {
  expect(chargeMatchesOrder.check(snapshot(), step)).toBeNull();
  expect(chargeMatchesOrder.check(snapshot({ currency: 'SGD' }), step)).toBe(
    'the charge chrg_test_1 has currency THB instead of SGD',
  );
  expect(chargeMatchesOrder.check(snapshot({ charge: charge({ amount: 3000 }) }), step)).toContain(
    'amount 3000 instead of 2000',
  );
});

test('refunds-as-asked: never more than asked, at least what was acknowledged once settled; staff refunds apart', () => {
  const refunded = charge({ refunded_amount: 2000 });
  const refunds = (asked: number, acknowledged: number, byStaff = 0) => ({ asked, acknowledged, byStaff });
  expect(refundsAsAsked.check(snapshot({ charge: refunded, refunds: refunds(1000, 1000) }), step)).toBe(
    'Omise refunded 2000 for the merchant, which was asked to refund 1000',
  );
  expect(
    refundsAsAsked.check(snapshot({ charge: refunded, refunds: refunds(1000, 1000, 1000) }), step),
  ).toBeNull();
  const none = snapshot({ charge: charge(), refunds: refunds(500, 500) });
  expect(refundsAsAsked.check(none, step)).toBe('the merchant acknowledged refunds of 500, Omise refunded 0');
  expect(refundsAsAsked.check({ ...none, settled: false }, step)).toBeNull();
});

test('foreign-events-change-no-order: only steps about another terminal’s charges are held to it', () => {
  const before = { ...order, status: 'pending' as const, fulfilments: 0 };
  const foreign = { ...step, foreign: true, description: 'another terminal charges' };
  expect(foreignEventsChangeNoOrder.check(snapshot({ before }), foreign)).toBe(
    'another terminal charges changed the order: status pending -> paid, fulfilments 0 -> 1',
  );
  expect(foreignEventsChangeNoOrder.check(snapshot({ before }), step)).toBeNull();
});

test('foreign-events-change-no-order: a merchant without settled() may catch its order up with its own charge meanwhile', () => {
  const before = { ...order, status: 'pending' as const, fulfilments: 0 };
  const foreign = { ...step, foreign: true, description: 'another terminal charges', appliesLate: true };
  expect(foreignEventsChangeNoOrder.check(snapshot({ before }), foreign)).toBeNull();
  const failed = charge({ status: 'failed', failure_code: 'payment_rejected' });
  expect(
    foreignEventsChangeNoOrder.check(
      snapshot({ before, order: { ...order, status: 'failed', fulfilments: 0 }, charge: failed }),
      foreign,
    ),
  ).toBeNull();
  // Still caught: the foreign charge was paid, the order's own charge failed, and the order says paid.
  expect(foreignEventsChangeNoOrder.check(snapshot({ before, charge: failed }), foreign)).toBe(
    'another terminal charges changed the order: status pending -> paid, fulfilments 0 -> 1',
  );
});
