import fc from 'fast-check';
import { expect, test } from 'vitest';
import { flagsChangeAfter } from '../domain/charge/charge-flags.js';
import { findChargeMethod } from '../domain/methods/index.js';
import type { ChargeSnapshot } from '../domain/records.js';
import { createPendingCharge, type TestApi, testApi } from '../test-support/test-api.js';
import type { ApiVersion } from './api-version.js';
import { ChargeRenderCache } from './charge-render-cache.js';
import { renderCharge } from './render-charge.js';

const DAY = 24 * 3600 * 1000;
const CREATED = Date.parse('2026-03-10T09:30:00Z');

type State = 'pending' | 'paid' | 'refunded' | 'failed' | 'expired';

/** A charge of `type` brought to `state` on a frozen clock, and its snapshot as the store holds it. */
async function chargeIn(
  type: string,
  state: State,
): Promise<{ api: TestApi; snapshot: () => ChargeSnapshot }> {
  const api = testApi();
  api.freezeAt(CREATED);
  const { id } = (await createPendingCharge(api, type)) as { id: string };
  if (state === 'paid' || state === 'refunded') await api.post(`/charges/${id}/mark_as_paid`);
  if (state === 'refunded') await api.post(`/charges/${id}/refunds`, { amount: 1000 });
  if (state === 'failed')
    await api.post(`/charges/${id}/mark_as_failed`, { failure_code: 'payment_rejected' });
  if (state === 'expired') await api.post(`/charges/${id}/expire`);
  const store = api.sim.account(api.account).store;
  return { api, snapshot: () => store.snapshot(id) as ChargeSnapshot };
}

const text = (snapshot: ChargeSnapshot, version: ApiVersion, now: number) =>
  JSON.stringify(renderCharge(snapshot, { version, now }));

test('hands out the same frozen object while nothing the charge shows has changed', async () => {
  const { snapshot } = await chargeIn('alipayplus_mpm', 'paid');
  const cache = new ChargeRenderCache();
  const first = cache.render(snapshot(), { version: '2019-05-29', now: CREATED + 10 });
  expect(Object.isFrozen(first)).toBe(true);
  expect(cache.render(snapshot(), { version: '2019-05-29', now: CREATED + 900 })).toBe(first);
  expect(JSON.stringify(first)).toBe(text(snapshot(), '2019-05-29', CREATED + 900));
});

test('renders again after a write, at another version, in the next second, or with the clock set back', async () => {
  const { api, snapshot } = await chargeIn('alipayplus_mpm', 'paid');
  const cache = new ChargeRenderCache();
  const ctx = { version: '2019-05-29' as const, now: CREATED + 10 };
  const first = cache.render(snapshot(), ctx);
  expect(cache.render(snapshot(), { ...ctx, version: '2017-11-02' })).not.toBe(first);
  expect(cache.render(snapshot(), { ...ctx, now: CREATED + 1000 })).not.toBe(first);
  const again = cache.render(snapshot(), ctx);
  expect(cache.render(snapshot(), { ...ctx, now: CREATED + 9 })).not.toBe(again);
  const before = cache.render(snapshot(), ctx);
  await api.post(`/charges/${snapshot().charge.id}/refunds`, { amount: 1000 });
  const after = cache.render(snapshot(), ctx);
  expect(after).not.toBe(before);
  expect(JSON.stringify(after)).toBe(text(snapshot(), '2019-05-29', ctx.now));
});

test('a kept render is what a fresh render would show, at any time it is handed out', async () => {
  const states: State[] = ['pending', 'paid', 'refunded', 'failed', 'expired'];
  const types = ['alipayplus_mpm', 'truemoney', 'wechat_pay_upm', 'promptpay'];
  const charges = await Promise.all(
    types.flatMap((type) => states.map(async (state) => (await chargeIn(type, state)).snapshot())),
  );
  // Times around every deadline a charge's flags follow, and anywhere in the 40 days after its creation.
  const deadlines = charges.flatMap((snapshot) => {
    const method = findChargeMethod(snapshot.charge.sourceType);
    const times: number[] = [];
    for (let now = CREATED; method && now < CREATED + 40 * DAY; ) {
      const next = flagsChangeAfter(snapshot.charge, method, now);
      if (!Number.isFinite(next)) break;
      times.push(next - 1, next, next + 1);
      now = next;
    }
    return times;
  });
  const time = fc.oneof(
    fc.integer({ min: CREATED - DAY, max: CREATED + 40 * DAY }),
    fc.constantFrom(...deadlines),
  );
  fc.assert(
    fc.property(
      fc.constantFrom(...charges),
      fc.constantFrom<ApiVersion>('2019-05-29', '2017-11-02'),
      time,
      fc.integer({ min: 0, max: 3 * DAY }),
      (snapshot, version, first, later) => {
        const cache = new ChargeRenderCache();
        cache.render(snapshot, { version, now: first });
        const shown = cache.render(snapshot, { version, now: first + later });
        expect(JSON.stringify(shown)).toBe(text(snapshot, version, first + later));
      },
    ),
    { numRuns: 2000 },
  );
});

test('keeps at most its capacity of charges', async () => {
  const { snapshot } = await chargeIn('alipayplus_mpm', 'pending');
  const cache = new ChargeRenderCache(0);
  const ctx = { version: '2019-05-29' as const, now: CREATED };
  expect(cache.render(snapshot(), ctx)).not.toBe(cache.render(snapshot(), ctx));
});
