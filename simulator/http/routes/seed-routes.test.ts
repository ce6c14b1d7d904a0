import { afterEach, expect, test } from 'vitest';
import { accountCountry } from '../../domain/country/account-country.js';
import { offeredIn } from '../../domain/country/offered-in.js';
import { paymentMethods } from '../../domain/methods/index.js';
import { historyMessages } from '../../history/history-messages.js';
import { readEverything } from '../../snapshot/test-support/read-everything.js';
import { type Body, type TestApi, testApi } from '../../test-support/test-api.js';

const END = '2024-06-30T12:00:00Z';
const opened: TestApi[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((api) => api.sim.close()));
});

function open(options: Parameters<typeof testApi>[1] = {}): TestApi {
  const api = testApi('shop', { log: () => {}, ...options });
  api.freezeAt(END);
  opened.push(api);
  return api;
}

async function seed(api: TestApi, params: Body): Promise<Body> {
  const response = await api.post('/_sim/seed', params, { json: true });
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body;
}

async function allCharges(api: TestApi): Promise<Body[]> {
  const charges: Body[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = (await api.get('/charges', { limit: 100, offset })).body;
    charges.push(...(page.data as Body[]));
    if (charges.length >= (page.total as number)) return charges;
  }
}

test('gives an account charges of every method and outcome, with refunds, voids and events, over the days asked', async () => {
  const api = open();
  // Enough charges per day that each of the Thai methods gets every outcome.
  const summary = await seed(api, { days: 14, per_day: 30, seed: 7 });
  expect(summary).toMatchObject({ object: 'sim_seed', charges: 420, from: '2024-06-16T12:00:00Z', to: END });
  const charges = await allCharges(api);
  // A Thai account: every method Omise offers in Thailand (PayNow is Singapore's).
  for (const method of paymentMethods.filter((m) => offeredIn(m, accountCountry('TH')))) {
    const own = charges.filter((c) => (c.source as Body).type === method.type);
    const statuses = new Set(own.map((c) => c.status));
    expect([...statuses].sort(), method.type).toEqual(['expired', 'failed', 'pending', 'successful']);
    const codes = new Set(own.map((c) => c.failure_code).filter(Boolean));
    expect([...codes].sort(), method.type).toEqual([...method.failureCodes].sort());
  }
  const refunds = (await api.get('/refunds', { limit: 100 })).body.data as Body[];
  expect(refunds.some((r) => r.voided)).toBe(true);
  const byCharge = new Map(charges.map((c) => [c.id, c]));
  const refunded = refunds.map((r) => byCharge.get(r.charge as string) as Body);
  expect(refunded.some((c) => c.refunded_amount === c.amount && !c.voided)).toBe(true);
  expect(refunded.some((c) => (c.refunded_amount as number) < (c.amount as number))).toBe(true);
  const keys = new Set(((await api.get('/events', { limit: 100 })).body.data as Body[]).map((e) => e.key));
  expect(keys).toEqual(new Set(['charge.create', 'charge.complete', 'charge.expire', 'refund.create']));
  const days = new Set(charges.map((c) => String(c.created_at).slice(0, 10)));
  expect(days.size).toBeGreaterThanOrEqual(14);
  expect(
    charges.every((c) => String(c.created_at) >= '2024-06-16T12:00:00Z' && String(c.created_at) < END),
  ).toBe(true);
});

test('lists and pages through seeded charges in creation order, filtered by from and to', async () => {
  const api = open();
  await seed(api, { days: 5, count: 57, seed: 2 });
  const charges = await allCharges(api);
  expect(charges).toHaveLength(57);
  expect(new Set(charges.map((c) => c.id)).size).toBe(57);
  const times = charges.map((c) => Date.parse(c.created_at as string));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  const last = (await api.get('/charges', { limit: 10, offset: 0, order: 'reverse_chronological' })).body;
  expect((last.data as Body[]).map((c) => c.id)).toEqual(
    charges
      .slice(-10)
      .reverse()
      .map((c) => c.id),
  );
  const from = '2024-06-28T00:00:00Z';
  const window = (await api.get('/charges', { from, to: END, limit: 100 })).body;
  expect(window.total).toBe(charges.filter((c) => (c.created_at as string) >= from).length);
});

test('the same seed makes the same history; another seed another one', async () => {
  const [a, b, c] = [open(), open(), open()];
  await seed(a, { days: 3, per_day: 8, seed: 11 });
  await seed(b, { days: 3, per_day: 8, seed: 11 });
  await seed(c, { days: 3, per_day: 8, seed: 12 });
  expect(await readEverything(b)).toEqual(await readEverything(a));
  const shape = async (api: TestApi) =>
    (await allCharges(api)).map((x) => [x.created_at, x.amount, x.status]);
  expect(await shape(c)).not.toEqual(await shape(a));
});

test('sends no webhook for the past, leaves the clock where it was, and the seeded charges live on as real ones', async () => {
  let sent = 0;
  const api = open({
    webhookFetch: async () => {
      sent++;
      return new Response('', { status: 200 });
    },
  });
  await api.send('PUT', '/_sim/webhooks', { url: 'https://merchant.test/hooks' }, { json: true });
  await seed(api, { days: 2, count: 30, methods: ['wechat_pay_mpm', 'truemoney'], seed: 3 });
  await api.sim.webhooks.idle('shop');
  expect(sent).toBe(0);
  expect((await api.get('/_sim/clock')).body).toMatchObject({ now: END, frozen: true });
  const charges = await allCharges(api);
  const pending = charges.find((c) => c.status === 'pending' && (c.source as Body).type === 'wechat_pay_mpm');
  const paid = charges.find((c) => c.status === 'successful' && c.refunded_amount === 0);
  expect((await api.post(`/charges/${paid?.id}/refunds`, { amount: 100 })).status).toBe(200);
  await api.advance(2 * 3600);
  expect((await api.get(`/charges/${pending?.id}`)).body.status).toBe('expired');
  await api.sim.webhooks.idle('shop');
  expect(sent).toBe(2);
});

test('refuses an account that has charges, and parameters it cannot use, changing nothing', async () => {
  const api = open();
  await seed(api, { days: 1, count: 3 });
  const again = await api.post('/_sim/seed', { days: 1 }, { json: true });
  expect(again).toMatchObject({
    status: 400,
    body: { code: 'bad_request', message: historyMessages.accountNotEmpty },
  });
  const fresh = open();
  for (const params of [
    { days: 0 },
    { count: 5, per_day: 2 },
    { methods: ['card'] },
    { methods: [{ type: 'promptpay' }] },
    { methods: [7, null] },
    { colour: 'red' },
    { count: 20_000 },
  ]) {
    const response = await fresh.post('/_sim/seed', params, { json: true });
    expect(response.status, JSON.stringify(params)).toBe(400);
    expect(response.body.object).toBe('error');
  }
  expect((await fresh.get('/charges')).body.total).toBe(0);
});

test('a seeded history goes through a snapshot unchanged', async () => {
  const api = open();
  await seed(api, { days: 3, per_day: 6, seed: 5 });
  const file = (await api.get('/_sim/snapshot')).body;
  const copy = open();
  expect((await copy.send('PUT', '/_sim/snapshot', file, { json: true })).status).toBe(200);
  expect(await readEverything(copy)).toEqual(await readEverything(api));
});

test("seeds only the methods the account's country takes, in its currency", async () => {
  const api = open();
  await api.patch('/_sim/account', { country: 'SG' });
  const summary = await seed(api, { days: 2, count: 10 });
  expect(summary.methods).toEqual([
    ...['alipayplus_mpm', 'paynow', 'atome_qr', 'alipayplus_upm'],
    ...['shopeepay', 'shopeepay_jumpapp', 'grabpay', 'atome'],
  ]);
  const charges = await allCharges(api);
  expect(new Set(charges.map((c) => c.currency))).toEqual(new Set(['SGD']));
  const thai = await api.post('/_sim/seed', { methods: ['truemoney'] }, { json: true, key: 'skey_test_th2' });
  expect(thai.status).toBe(200);
  await api.patch('/_sim/account', { country: 'SG' }, { key: 'skey_test_sg3' });
  const notOffered = await api.post(
    '/_sim/seed',
    { methods: ['truemoney'] },
    { json: true, key: 'skey_test_sg3' },
  );
  expect(notOffered).toMatchObject({
    status: 400,
    body: {
      message: historyMessages.unknownMethod('truemoney', 'SG', [
        ...['alipayplus_mpm', 'paynow', 'atome_qr', 'alipayplus_upm'],
        ...['shopeepay', 'shopeepay_jumpapp', 'grabpay', 'atome'],
      ]),
    },
  });
});
