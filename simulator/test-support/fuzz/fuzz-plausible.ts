import fc from 'fast-check';
import { paymentMethods } from '../../domain/methods/index.js';
import { FAULT_NAMES } from '../../webhooks/faults/fault-config.js';
import { chargeParams } from '../test-api.js';
import { paramName, paramValue } from './fuzz-values.js';

// Requests a real client would send (valid or nearly), so that the fuzz also walks through every state
// change: charges paid, refunded, expired, clocks moved, webhooks and faults configured.

const METHOD_TYPES = paymentMethods.map((method) => method.type);
const HOOK = 'http://127.0.0.1:9/hooks';

const charge = fc
  .tuple(
    fc.constantFrom(...METHOD_TYPES),
    fc.integer({ min: 1500, max: 16_000_000 }),
    fc.record(
      {
        description: fc.string({ maxLength: 30 }),
        metadata: fc.dictionary(
          fc.string({ maxLength: 8 }),
          fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
        ),
        webhook_endpoints: fc.array(fc.constant(HOOK), { maxLength: 3 }),
        expires_at: fc.constantFrom('2024-09-10T04:30:00Z', '2024-09-10T03:58:00Z'),
        return_uri: fc.constantFrom(
          'https://shop.example/r',
          'https://shop.example/r\r\nX: y',
          'http://x/\u0000',
        ),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([type, amount, extra]) => ({ ...chargeParams(type, amount), ...extra }));

const plausible = fc.oneof(
  charge,
  fc.record({ amount: fc.integer({ min: 1, max: 200_000 }) }),
  fc.record({
    failure_code: fc.constantFrom('payment_rejected', 'insufficient_fund', 'payment_expired', 'x'),
  }),
  fc.record({
    description: fc.string({ maxLength: 20 }),
    metadata: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })),
  }),
  fc.record(
    {
      limit: fc.integer({ min: 0, max: 200 }),
      offset: fc.integer({ min: 0, max: 5 }),
      order: fc.constantFrom('chronological', 'reverse_chronological'),
    },
    { requiredKeys: [] },
  ),
  fc.record({ seconds: fc.integer({ min: 0, max: 400_000 }) }),
  fc.record({ days: fc.integer({ min: 0, max: 400 }) }),
  fc.record({
    to: fc.constantFrom('2024-09-11T00:00:00Z', '2030-01-01T00:00:00Z', '1990-01-01T00:00:00Z', 1725940637),
  }),
  fc.record({ status: fc.constantFrom(429, 500, 503), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ api_version: fc.constantFrom('2017-11-02', '2019-05-29') }),
  fc.record(
    {
      url: fc.constant(HOOK),
      retry_schedule: fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 4 }),
      timeout_seconds: fc.integer({ min: 1, max: 60 }),
      ordering: fc.constantFrom('per_charge', 'none'),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    rules: fc.array(
      fc.record({
        fault: fc.constantFrom(...FAULT_NAMES),
      }),
      { maxLength: 2 },
    ),
  }),
  fc.record({ fault: fc.constantFrom('duplicate', 'delay', 'drop_first') }),
  fc.record({ timeout_seconds: fc.constantFrom(0, 1) }),
  fc.record(
    {
      url: fc.constant(HOOK),
      outcome: fc.constantFrom('success', 'failure'),
      otp: fc.string({ maxLength: 6 }),
    },
    { requiredKeys: [] },
  ),
);

/** A plausible body, now and then with one odd parameter mixed in. */
export const plausibleParams: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(plausible, fc.option(fc.tuple(paramName, paramValue), { freq: 3 }))
  .map(([params, extra]) => {
    const body: Record<string, unknown> = { ...params };
    if (extra)
      Object.defineProperty(body, extra[0], {
        value: extra[1],
        enumerable: true,
        configurable: true,
        writable: true,
      });
    return body;
  });
