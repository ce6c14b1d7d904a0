import { expect, test } from 'vitest';
import type { MerchantUnderTest } from '../merchant-under-test.js';
import { ScenarioFailure } from '../report/scenario-failure.js';
import { runMerchantScenarios } from '../run-merchant-scenarios.js';
import {
  answerWithin,
  MerchantCallFailed,
  MerchantDidNotAnswer,
  withAnswerDeadline,
} from './answer-deadline.js';

const never = () => new Promise<never>(() => {});

test('a call that never answers rejects as MerchantDidNotAnswer, naming the call', async () => {
  const late = answerWithin(never(), 20, 'checkout(order-1)');
  await expect(late).rejects.toBeInstanceOf(MerchantDidNotAnswer);
  await expect(late).rejects.toThrow('the merchant did not answer checkout(order-1) within 20 ms');
  await expect(answerWithin(Promise.resolve(7), 20, 'order(order-1)')).resolves.toBe(7);
});

test('a bounded merchant has the same optional members as the merchant, and its API timeout', () => {
  const merchant: MerchantUnderTest = {
    start: never,
    checkout: never,
    order: never,
    settled: async () => {},
    apiTimeoutMs: 300,
  };
  const bounded = withAnswerDeadline(merchant, 100);
  expect(bounded.settled).toBeTypeOf('function');
  expect(bounded.refund).toBeUndefined();
  expect(bounded.tick).toBeUndefined();
  expect(bounded.apiTimeoutMs).toBe(300);
});

test('a merchant whose checkout hangs fails the scenario with the call it never answered, not a hang', async () => {
  const hangs: MerchantUnderTest = {
    start: async () => ({ webhook: async () => new Response('ok') }),
    checkout: never,
    order: async () => ({ status: 'pending', fulfilments: 0, refundedAmount: 0 }),
  };
  const failure = await runMerchantScenarios({
    merchant: hangs,
    seed: 1,
    numRuns: 5,
    answerTimeoutMs: 50,
  }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(ScenarioFailure);
  const message = (failure as ScenarioFailure).message;
  expect(message).toContain('the merchant did not answer checkout(order-1) within 50 ms');
  expect(message).toMatch(/1\. checkout order-1 \(no answer\)/);
}, 60_000);

test('a failing order read or hook names the call; a checkout or refund that throws stays a refusal', async () => {
  const refusal = new Error('amount too large');
  const merchant: MerchantUnderTest = {
    start: never,
    checkout: async () => Promise.reject(refusal),
    order: async () => Promise.reject(new Error('GET /orders/order-1: 500 boom')),
  };
  const bounded = withAnswerDeadline(merchant, 1000);
  const read = bounded.order('order-1');
  await expect(read).rejects.toBeInstanceOf(MerchantCallFailed);
  await expect(read).rejects.toThrow("the merchant's order(order-1) failed: GET /orders/order-1: 500 boom");
  await expect(
    bounded.checkout({ orderId: 'order-1', amount: 1, currency: 'THB', method: 'card' }),
  ).rejects.toBe(refusal);
});
