import { afterEach, describe, expect, it } from 'vitest';
import { type Body, chargeParams, type TestApi, testApi } from '../../test-support/test-api.js';
import { startWebhookReceiver } from '../../webhooks/testing/webhook-receiver.js';
import { freshAccount, TEST_POSTGRES } from './testing/engine-cases.js';

const open: TestApi[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((api) => api.sim.close()));
});

/** Two simulators in this process on one database: what two instances behind a load balancer share. */
async function twoInstances(prefix: string): Promise<[TestApi, TestApi]> {
  const account = freshAccount(prefix);
  const pair = [testApi(account, { store: TEST_POSTGRES }), testApi(account, { store: TEST_POSTGRES })];
  open.push(...pair);
  await Promise.all(pair.map((api) => api.sim.ready));
  return pair as [TestApi, TestApi];
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.runIf(TEST_POSTGRES)('two instances on one postgres database', () => {
  it('never refund more than the charge between them', async () => {
    const [a, b] = await twoInstances('refunds');
    const made = await a.post('/charges', chargeParams('wechat_pay_mpm', 100000));
    await b.post(`/charges/${made.body.id}/mark_as_paid`);
    const refunds = await Promise.all(
      Array.from({ length: 16 }, (_, n) =>
        (n % 2 ? a : b).post(`/charges/${made.body.id}/refunds`, { amount: 15000 }),
      ),
    );
    const accepted = refunds.filter((refund) => refund.status === 200);
    expect(accepted).toHaveLength(6);
    for (const api of [a, b]) {
      const charge = (await api.get(`/charges/${made.body.id}`)).body;
      expect(charge.refunded_amount).toBe(90000);
      expect(((charge.refunds as Body).data as Body[]).map((refund) => refund.id).sort()).toEqual(
        accepted.map((refund) => refund.body.id).sort(),
      );
    }
  }, 60_000);

  it('see each other’s clock moves and expire a charge exactly once', async () => {
    const [a, b] = await twoInstances('expire');
    const charge = (await a.post('/charges', chargeParams('wechat_pay_mpm', 50000))).body;
    const expiresAt = Date.parse(charge.expires_at as string);
    // Both instances hold a timer for the expiry; b's clock move makes it due, a's timer may fire too.
    const set = await b.post(
      '/_sim/clock/set',
      { to: new Date(expiresAt - 200).toISOString() },
      { json: true },
    );
    expect(set.status).toBe(200);
    expect(Math.abs(((await a.get('/_sim/clock')).body.now_ms as number) - (expiresAt - 200))).toBeLessThan(
      60_000,
    );
    await until(
      () => a.get(`/charges/${charge.id}`),
      (got) => got.body.status === 'expired',
    );
    await until(
      () => b.get(`/charges/${charge.id}`),
      (got) => got.body.status === 'expired',
    );
    for (const api of [a, b]) {
      const events = (await api.get(`/charges/${charge.id}/events`)).body.data as Body[];
      expect(events.filter((event) => event.key === 'charge.expire')).toHaveLength(1);
    }
  }, 60_000);

  it('complete a charge once when both try', async () => {
    const [a, b] = await twoInstances('complete');
    const charge = (await a.post('/charges', chargeParams('wechat_pay_mpm', 50000))).body;
    const both = await Promise.all([a, b].map((api) => api.post(`/charges/${charge.id}/mark_as_paid`)));
    expect(both.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(1);
    const events = (await b.get(`/charges/${charge.id}/events`)).body.data as Body[];
    expect(events.filter((event) => event.key === 'charge.complete')).toHaveLength(1);
  }, 60_000);

  it('share a reset and the webhook settings', async () => {
    const [a, b] = await twoInstances('reset');
    const charge = (await a.post('/charges', chargeParams('wechat_pay_mpm', 50000))).body;
    const settings = await a.send('PUT', '/_sim/webhooks', { url: 'http://127.0.0.1:9/x' }, { json: true });
    expect((await b.get('/_sim/webhooks')).body).toEqual(settings.body);
    await b.post('/_sim/reset');
    expect((await a.get(`/charges/${charge.id}`)).status).toBe(404);
    expect((await a.get('/_sim/webhooks')).body.secret).toBe(settings.body.secret);
  }, 60_000);

  it('send each event’s webhook once, from one instance, and hand over when it stops', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const [a, b] = await twoInstances('hooks');
      await a.send('PUT', '/_sim/webhooks', { url: receiver.url }, { json: true });
      const sender = await until(
        async () => [a, b].find((api) => api.sim.account(api.account).sendsWebhooks),
        (found) => found !== undefined,
      );
      const other = sender === a ? b : a;
      const made: Body[] = [];
      for (const api of [a, b, a, b])
        made.push((await api.post('/charges', chargeParams('wechat_pay_mpm', 50000))).body);
      const ids = () => receiver.received.map((hook) => (JSON.parse(hook.body) as Body).id);
      await until(
        async () => ids(),
        (got) => got.length >= made.length,
      );
      open.splice(open.indexOf(sender as TestApi), 1);
      await (sender as TestApi).sim.close();
      // The other instance takes over (the sender's lock went with its session) and sends what comes next.
      made.push((await other.post('/charges', chargeParams('wechat_pay_mpm', 50000))).body);
      await until(
        async () => ids(),
        (got) => got.length >= made.length,
      );
      expect(new Set(ids()).size).toBe(ids().length);
      expect(ids()).toHaveLength(made.length);
    } finally {
      await receiver.close();
    }
  }, 60_000);
});
