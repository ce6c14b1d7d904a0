import { afterEach, expect, test } from 'vitest';
import type { EventRecord } from '../domain/records.js';
import { chargeParams, type TestApi, testApi } from '../test-support/test-api.js';
import { until } from '../test-support/until.js';

const ACCOUNT = 'paced';
let api: TestApi | undefined;
afterEach(async () => {
  await api?.sim.close();
  api = undefined;
});

/**
 * A simulator whose API is as busy as `load.share` says (standing in for the app's own measure), sending
 * webhooks to an in-process handler that answers 200 and counts them. The share of time attempts may take
 * is not limited here (it depends on the machine's speed; `delivery-pacer.test.ts` checks it on a fake clock).
 */
async function pacedSimulator(busyRate: number | 'off') {
  const load = { share: 0 };
  const received: string[] = [];
  api = testApi(ACCOUNT, {
    webhooks: {
      url: 'http://merchant.test/webhooks',
      busyRate,
      busyTimeShare: 1,
      occupancy: { share: () => load.share },
    },
    webhookFetch: (async (_url: string | URL | Request, init?: RequestInit) => {
      received.push(String(init?.body));
      return new Response('ok');
    }) as typeof fetch,
  });
  const { sim } = api;
  sim.account(ACCOUNT).clock.freeze();
  expect((await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true })).status).toBe(
    200,
  );
  await sim.webhooks.idle(ACCOUNT);
  const template = [...sim.account(ACCOUNT).store.events.values()][0] as EventRecord;
  received.length = 0;
  /** `count` events of distinct charges at once, as a load of creates makes them. */
  const burst = (count: number) => {
    const account = sim.account(ACCOUNT);
    for (let i = 0; i < count; i++) {
      const id = account.ids.next('evnt', account.clock.now());
      account.recordEvent({ ...template, id, chargeId: `chrg_test_paced${i}` });
    }
  };
  return { sim, load, received, burst };
}

test('while the API is busy, a burst goes at once and the rest waits as due until the API quietens', async () => {
  // One attempt in 1000 s: nothing beyond the burst goes while the API stays busy.
  const { sim, load, received, burst } = await pacedSimulator(0.001);
  load.share = 1;
  burst(100);
  await until(() => received.length === 64);
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(received).toHaveLength(64);
  expect(sim.webhooks.status(ACCOUNT)).toMatchObject({ due: 36, in_flight: 0, idle: false });
  load.share = 0; // the API quietens: the backlog goes at full speed
  await until(() => received.length === 100);
  await sim.webhooks.idle(ACCOUNT);
  expect(sim.webhooks.status(ACCOUNT)).toMatchObject({ due: 0, pending: 0, delivered: 101 });
});

test('idle() and drain() are waits for the webhooks: the backlog goes at once, however busy the API', async () => {
  const { sim, load, received, burst } = await pacedSimulator(0.001);
  load.share = 1;
  burst(100);
  await until(() => received.length === 64);
  expect(sim.webhooks.status(ACCOUNT)).toMatchObject({ due: 36 });
  await sim.webhooks.idle(ACCOUNT);
  expect(received).toHaveLength(100);
  burst(100);
  await sim.webhooks.drain(ACCOUNT);
  expect(received).toHaveLength(200);
  expect(sim.webhooks.status(ACCOUNT)).toMatchObject({ due: 0, pending: 0, delivered: 201 });
  burst(70); // the wait is over: pacing is back
  await until(() => sim.webhooks.status(ACCOUNT).due === 70 - received.length + 200);
  expect(received.length).toBeLessThan(270);
});

test('under load that never stops, the backlog keeps flowing at busyRate until it is delivered', async () => {
  const { sim, load, received, burst } = await pacedSimulator(5000);
  load.share = 1;
  burst(300);
  await sim.webhooks.idle(ACCOUNT, { timeoutMs: 60_000 });
  expect(received).toHaveLength(300);
  expect(sim.webhooks.deliveries(ACCOUNT).every((attempt) => attempt.delivered)).toBe(true);
});

test("busyRate 'off' sends as before: the concurrency limit only, whatever the load", async () => {
  const { sim, load, received, burst } = await pacedSimulator('off');
  load.share = 1;
  burst(300);
  await sim.webhooks.idle(ACCOUNT, { timeoutMs: 60_000 });
  expect(received).toHaveLength(300);
});

test('the paced bodies are the bytes the event renders to, signed when sent', async () => {
  const { sim, load, received, burst } = await pacedSimulator(0.001);
  load.share = 1;
  burst(70);
  await until(() => received.length === 64);
  load.share = 0;
  await sim.webhooks.idle(ACCOUNT);
  const state = sim.webhooks.state(ACCOUNT);
  const events = [...sim.account(ACCOUNT).store.events.values()].slice(1);
  expect(received).toEqual(events.map((event) => state.payload(event)));
  for (const attempt of sim.webhooks.deliveries(ACCOUNT)) expect(attempt.signature).toMatch(/^[0-9a-f]{64}$/);
});

test('refuses a time share that would stop webhooks or is not a share', () => {
  for (const busyTimeShare of [0, -0.5, 1.5, Number.NaN]) {
    expect(() => testApi(ACCOUNT, { webhooks: { busyTimeShare } })).toThrow(
      /webhooks.busyTimeShare must be a number above 0 and at most 1/,
    );
  }
  expect(() => testApi(ACCOUNT, { webhooks: { busyTimeShare: 0.5 } })).not.toThrow();
});
