import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { paymentMethods } from '../domain/methods/index.js';
import { type Body, chargeParams, type TestApi, testApi } from '../test-support/test-api.js';
import { readEverything } from './test-support/read-everything.js';

const START = '2024-03-04T05:00:00Z';
const REAL_NOW = Date.parse('2026-11-22T09:00:00Z');
const FAILING = 'https://merchant.test/failing';
const WORKING = 'https://merchant.test/working';
const opened: TestApi[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((api) => api.sim.close()));
});

/** A seeded simulator, clock frozen, whose webhooks go in-process to one endpoint that fails and one that works. */
function simulator(): TestApi {
  const send: typeof fetch = async (input) =>
    new Response('', { status: String(input).startsWith(FAILING) ? 500 : 200 });
  const api = testApi('shop', { realNow: () => REAL_NOW, webhookFetch: send });
  opened.push(api);
  return api;
}

async function configure(api: TestApi, ordering: string): Promise<void> {
  api.freezeAt(START);
  const endpoints = [{ url: FAILING }, { url: WORKING, keys: ['charge.complete', 'refund.create'] }];
  await api.send(
    'PUT',
    '/_sim/webhooks',
    { endpoints, retry_schedule: [60, 3600, 86400], ordering },
    { json: true },
  );
  const rules = [
    { fault: 'delay', keys: ['charge.complete'], seconds: 120 },
    { fault: 'duplicate', limit: 1 },
    { fault: 'reorder', keys: ['charge.create'], seconds: 300, limit: 3 },
  ];
  await api.send('PUT', '/_sim/webhook_faults', { seed: 3, rules }, { json: true });
}

const ORDERING = fc.constantFrom('per_charge', 'none');

type Step =
  | { kind: 'create'; method: number }
  | { kind: 'pay' | 'fail'; charge: number }
  | { kind: 'refund'; charge: number; share: number }
  | { kind: 'advance'; seconds: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), method: fc.nat(paymentMethods.length - 1) }),
  fc.record({ kind: fc.constantFrom('pay' as const, 'fail' as const), charge: fc.nat(9) }),
  fc.record({
    kind: fc.constant('refund' as const),
    charge: fc.nat(9),
    share: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('advance' as const), seconds: fc.constantFrom(30, 600, 4000, 90000) }),
);

async function run(api: TestApi, steps: readonly Step[]): Promise<void> {
  const charges: Body[] = [];
  for (const s of steps) {
    const charge = 'charge' in s ? charges[s.charge % Math.max(charges.length, 1)] : undefined;
    if (s.kind === 'create') {
      const created = await api.post('/charges', chargeParams(paymentMethods[s.method]?.type ?? '', 150000));
      if (created.status === 200) charges.push(created.body);
    } else if (s.kind === 'advance') await api.advance(s.seconds);
    else if (charge && s.kind === 'refund')
      await api.post(`/charges/${charge.id}/refunds`, { amount: Math.floor(150000 / s.share) });
    else if (charge)
      await api.post(`/charges/${charge.id}/${s.kind === 'pay' ? 'mark_as_paid' : 'mark_as_failed'}`);
  }
  await api.sim.webhooks.idle('shop');
}

/** The state's later life: every charge expiry and every webhook retry, as ids-free facts. */
async function future(api: TestApi): Promise<unknown> {
  await api.advance(8 * 86400);
  await api.sim.webhooks.drain('shop');
  const charges = (await api.get('/charges', { limit: 100 })).body.data as Body[];
  const events = (await api.get('/events', { limit: 100 })).body.data as Body[];
  const attempts = api.sim.webhooks.deliveries('shop');
  // Events made after the import have ids of their own simulator: name each by its place in the list.
  const place = new Map(events.map((event, index) => [event.id, index]));
  return {
    charges: charges.map((c) => [c.id, c.status, c.expired_at]),
    events: events.map((e) => [e.key, e.created_at, (e.data as Body).id]),
    // Attempts due at the same instant are sent at once and logged as they finish, in either order.
    attempts: attempts
      .map((a) => [a.createdAt, a.delivery, a.attempt, place.get(a.eventId), a.uri, a.status])
      .sort(
        (a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]),
      ),
  };
}

test('an exported account imported into a fresh simulator reads the same and lives on the same', async () => {
  await fc.assert(
    fc.asyncProperty(ORDERING, fc.array(step, { minLength: 1, maxLength: 25 }), async (ordering, steps) => {
      const original = simulator();
      await configure(original, ordering);
      await run(original, steps);
      const exported = await original.get('/_sim/snapshot');
      expect(exported.status).toBe(200);
      const copy = simulator();
      const imported = await copy.send('PUT', '/_sim/snapshot', JSON.parse(JSON.stringify(exported.body)), {
        json: true,
      });
      expect(imported.status).toBe(200);
      expect(await readEverything(copy)).toEqual(await readEverything(original));
      expect(await future(copy)).toEqual(await future(original));
      await Promise.all([original.sim.close(), copy.sim.close()]);
    }),
    { numRuns: 25 },
  );
}, 120_000);
