import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../create-simulator.js';
import { cardParams } from '../../test-support/card-params.js';
import { type Body, chargeParams, type TestApi, testApi } from '../../test-support/test-api.js';
import { until } from '../../test-support/until.js';
import { engineCases, freshAccount } from './testing/engine-cases.js';

const open: TestApi[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((api) => api.sim.close()));
});

// A new PGlite database takes seconds of CPU to initialise, more than a minute on a machine busy with other
// work: it is made before the tests, so that no test's own time limit includes it.
const FIRST_START_TIMEOUT_MS = 300_000;

describe.each(engineCases())('the $name engine', (engine) => {
  beforeAll(async () => {
    if (!engine.persistent) return;
    const sim = createSimulator({ log: () => {}, ...engine.options() });
    await sim.ready;
    await sim.close();
  }, FIRST_START_TIMEOUT_MS);

  async function start(account: string): Promise<TestApi> {
    const api = testApi(account, { ...engine.options(), seed: undefined });
    open.push(api);
    await api.sim.ready;
    return api;
  }

  async function restart(api: TestApi): Promise<TestApi> {
    open.splice(open.indexOf(api), 1);
    await api.sim.close();
    return start(api.account);
  }

  async function paidCharge(api: TestApi, amount = 100000): Promise<Body> {
    const made = await api.post('/charges', chargeParams('wechat_pay_mpm', amount));
    expect(made.status).toBe(200);
    return (await api.post(`/charges/${made.body.id}/mark_as_paid`)).body;
  }

  it('refuses bad input and changes nothing', async () => {
    const api = await start(freshAccount('refuse'));
    const charge = await paidCharge(api);
    const events = (await api.get('/events')).body.total;
    const refused = await api.post(`/charges/${charge.id}/refunds`, { amount: 100001 });
    expect(refused.status).toBe(400);
    const again = engine.persistent ? await restart(api) : api;
    expect((await again.get(`/charges/${charge.id}`)).body.refunded_amount).toBe(0);
    expect((await again.get('/events')).body.total).toBe(events);
  });

  it.runIf(engine.persistent)('gives back everything it answered after a restart', async () => {
    const api = await start(freshAccount('keep'));
    const charge = await paidCharge(api);
    const refund = await api.post(`/charges/${charge.id}/refunds`, { amount: 2500 });
    await api.advance(3600);
    const settings = await api.send(
      'PUT',
      '/_sim/webhooks',
      { url: 'http://127.0.0.1:9/hook' },
      { json: true },
    );
    const clockBefore = (await api.get('/_sim/clock')).body.now_ms as number;
    const eventsBefore = (await api.get('/events')).body;
    const again = await restart(api);
    const got = (await again.get(`/charges/${charge.id}`)).body;
    expect(got.refunded_amount).toBe(2500);
    expect((got.refunds as Body).data).toEqual([refund.body]);
    expect((await again.get(`/charges/${charge.id}/refunds/${refund.body.id}`)).body).toEqual(refund.body);
    expect((await again.get('/events')).body.data).toEqual(eventsBefore.data);
    const clockAfter = (await again.get('/_sim/clock')).body.now_ms as number;
    expect(clockAfter).toBeGreaterThanOrEqual(clockBefore);
    expect(clockAfter - clockBefore).toBeLessThan(600_000);
    expect((await again.get('/_sim/webhooks')).body).toEqual(settings.body);
  });

  it('keeps tokens, customers, their cards and card authorizations, and uses a token once', async () => {
    const account = freshAccount('cards');
    const api = await start(account);
    await api.post('/_sim/clock/freeze'); // nested lists say `to: now`: a frozen clock keeps renders equal
    const key = { key: `pkey_test_${account}` };
    const token = (await api.post('/tokens', cardParams(), key)).body;
    const customer = (await api.post('/customers', { email: 'a@example.com', card: token.id })).body;
    const secondToken = (await api.post('/tokens', cardParams('5555555555554444'), key)).body;
    const authorized = (
      await api.post('/charges', { amount: 100000, currency: 'THB', card: secondToken.id, capture: false })
    ).body;
    expect(authorized.status).toBe('pending');
    const again = engine.persistent ? await restart(api) : api;
    expect((await again.get(`/customers/${customer.id}`)).body).toEqual(customer);
    expect((await again.get(`/tokens/${token.id}`, {}, key)).body.used).toBe(true);
    const reused = await again.post('/charges', { amount: 100000, currency: 'THB', card: token.id });
    expect([reused.status, reused.body.code]).toEqual([400, 'used_token']);
    const captured = (await again.post(`/charges/${authorized.id}/capture`)).body;
    expect([captured.status, captured.paid]).toEqual(['successful', true]);
    const third = engine.persistent ? await restart(again) : again;
    expect((await third.get(`/charges/${authorized.id}`)).body).toEqual(captured);
    expect((await third.send('DELETE', `/customers/${customer.id}`)).body.deleted).toBe(true);
    const fourth = engine.persistent ? await restart(third) : third;
    expect((await fourth.get(`/customers/${customer.id}`)).status).toBe(404);
  });

  it.runIf(engine.persistent)('re-derives expiries after a restart and fires each once', async () => {
    const api = await start(freshAccount('expire'));
    await api.post('/_sim/clock/freeze');
    const pending = (await api.post('/charges', chargeParams('wechat_pay_mpm', 50000))).body;
    const again = await restart(api);
    await again.advance(3 * 24 * 3600);
    expect((await again.get(`/charges/${pending.id}`)).body.status).toBe('expired');
    const third = await restart(again);
    await third.advance(3 * 24 * 3600);
    const expiries = ((await third.get('/events', { limit: 100 })).body.data as Body[]).filter(
      (event) => event.key === 'charge.expire',
    );
    expect(expiries).toHaveLength(1);
  });

  it('fires a backlog in slices in due order, and shows the account to its requests before or after it', async () => {
    const api = await start(freshAccount('slices'));
    await api.post('/_sim/clock/freeze');
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      ids.push((await api.post('/charges', chargeParams('wechat_pay_mpm', 2000 + i))).body.id as string);
      await api.advance(1); // each charge expires at its own time
    }
    const { scheduler } = api.sim.account(api.account);
    scheduler.sliceMs = 0; // one job a slice
    const advancing = api.advance(2 * 86_400);
    await until(() => scheduler.firing);
    const during = await Promise.all([api.get(`/charges/${ids[0]}`), api.get(`/charges/${ids[29]}`)]);
    expect(during.map((answer) => answer.body.status)).toEqual(['expired', 'expired']);
    expect((await advancing).body.events_fired).toBe(30);
    const again = engine.persistent ? await restart(api) : api;
    const events = (await again.get('/events', { limit: 100, order: 'chronological' })).body.data as Body[];
    const expiries = events.filter((event) => event.key === 'charge.expire');
    expect(expiries.map((event) => (event.data as Body).id)).toEqual(ids);
    for (const event of expiries) expect(event.created_at).toBe((event.data as Body).expires_at);
  });

  it.runIf(engine.persistent)('keeps a reset and the webhook secret across it', async () => {
    const api = await start(freshAccount('reset'));
    const charge = await paidCharge(api);
    const secret = (await api.get('/_sim/webhooks')).body.secret;
    expect((await api.post('/_sim/reset')).status).toBe(200);
    const again = await restart(api);
    expect((await again.get(`/charges/${charge.id}`)).status).toBe(404);
    expect((await again.get('/_sim/webhooks')).body.secret).toBe(secret);
    const next = await paidCharge(again);
    expect((await (await restart(again)).get(`/charges/${next.id}`)).body.status).toBe('successful');
  });

  it.runIf(engine.persistent)(
    'commits writes made outside any request, to any table, by its kind',
    async () => {
      const api = await start(freshAccount('direct'));
      const charge = await paidCharge(api);
      const { store } = api.sim.account(api.account);
      const stored = store.charges.get(charge.id as string);
      if (!stored) throw new Error('the charge is not in the store');
      store.charges.set(stored.id, { ...stored, metadata: { note: 'set in-process' } });
      const again = await restart(api);
      expect((await again.get(`/charges/${charge.id}`)).body.metadata).toEqual({ note: 'set in-process' });
    },
  );
});
