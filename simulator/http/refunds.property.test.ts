import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createPendingCharge, testApi } from '../test-support/test-api.js';

type Step = { kind: 'refund'; fraction: number } | { kind: 'void' } | { kind: 'wait'; hours: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('refund' as const),
    fraction: fc.double({ min: 0.0001, max: 1.5, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('void' as const) }),
  fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 24 * 400 }) }),
);

test('no sequence of refunds and voids takes back more than the charge amount', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('wechat_pay_mpm', 'wechat_pay_upm', 'alipayplus_mpm', 'truemoney', 'barcode_wechat'),
      fc.integer({ min: 2000, max: 10_000_000 }),
      fc.array(step, { maxLength: 12 }),
      async (type, amount, steps) => {
        const api = testApi('prop');
        api.freezeAt('2024-09-10T03:57:17Z');
        const charge = await createPendingCharge(api, type, amount);
        await api.post(`/charges/${charge.id}/mark_as_paid`);
        let refunded = 0;
        let reversed = false;
        for (const s of steps) {
          if (s.kind === 'wait') {
            await api.advance(s.hours * 3600);
            continue;
          }
          const response =
            s.kind === 'void'
              ? await api.post(`/charges/${charge.id}/reverse`)
              : await api.post(`/charges/${charge.id}/refunds`, {
                  amount: Math.max(1, Math.round(amount * s.fraction)),
                });
          expect([200, 400]).toContain(response.status);
          if (response.status === 400) expect(response.body.object).toBe('error');
          else if (s.kind === 'void') reversed = true;
          else refunded += Number(response.body.amount);
        }
        const final = (await api.get(`/charges/${charge.id}`)).body;
        expect(refunded).toBeLessThanOrEqual(amount);
        expect(final.refunded_amount).toBe(refunded);
        // A paid charge is never reversed (only an uncaptured authorization is): it stays successful.
        expect(reversed).toBe(false);
        expect(final.status).toBe('successful');
      },
    ),
    { numRuns: 60 },
  );
});
