import { afterEach, describe, expect, test } from 'vitest';
import { type Body, chargeParams, type TestApi, testApi } from '../../test-support/test-api.js';
import { until } from '../../test-support/until.js';

const START = Date.parse('2024-01-15T10:00:00Z');
const TWO_DAYS = 2 * 86_400;
const OTHER = { key: 'skey_test_slicesother' };
const open: TestApi[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((api) => api.sim.close()));
});

/**
 * An account with `count` pending WeChat Pay MPM charges a second apart (so each expires at its own time), its
 * scheduler firing one job a slice: an advance past their expiry fires them over `count` slices.
 */
async function backlog(count: number) {
  const api = testApi('slices');
  open.push(api);
  api.freezeAt(START);
  const account = api.sim.account(api.account);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await api.post('/charges', chargeParams('wechat_pay_mpm', 2000 + i))).body.id as string);
    account.clock.advance(1000);
  }
  account.scheduler.sliceMs = 0;
  const expiries = () => [...account.store.events.values()].filter((event) => event.key === 'charge.expire');
  return { api, account, ids, expiries };
}

describe('a clock advance over a backlog', () => {
  test('lets a request to another account be answered before it ends', async () => {
    const { api, account, expiries } = await backlog(200);
    const other = (await api.post('/charges', chargeParams('wechat_pay_mpm', 5000), OTHER)).body.id;
    const advancing = api.advance(TWO_DAYS);
    await until(() => account.scheduler.firing);
    const answered = await api.get(`/charges/${other}`, {}, OTHER);
    const firedMeanwhile = expiries().length;
    expect(answered.status).toBe(200);
    expect(account.scheduler.firing).toBe(true);
    expect(firedMeanwhile).toBeGreaterThan(0);
    expect(firedMeanwhile).toBeLessThan(200);
    expect((await advancing).body.events_fired).toBe(200);
  });

  test('shows a request to the same account the account after the advance, never half way', async () => {
    const { api, account, ids } = await backlog(100);
    const before = (await api.get(`/charges/${ids[99]}`)).body;
    expect(before.status).toBe('pending');
    const advancing = api.advance(TWO_DAYS);
    await until(() => account.scheduler.firing);
    const during = await Promise.all([
      api.get(`/charges/${ids[0]}`),
      api.get(`/charges/${ids[99]}`),
      api.get('/_sim/clock'),
      api.get('/events', { limit: 1 }),
    ]);
    const advanced = (await advancing).body;
    expect(during.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const [first, last, clock, events] = during.map((answer) => answer.body) as [Body, Body, Body, Body];
    expect([first.status, last.status]).toEqual(['expired', 'expired']);
    expect(last).toEqual((await api.get(`/charges/${ids[99]}`)).body);
    expect(clock.now_ms).toBe(advanced.now_ms);
    expect(clock.pending_jobs).toBe(advanced.pending_jobs);
    expect(events.total).toBe(200);
  });

  test('shows a customer page the account after the advance, never half way', async () => {
    const { api, account, ids } = await backlog(100);
    const advancing = api.advance(TWO_DAYS);
    await until(() => account.scheduler.firing);
    const page = await (await api.sim.request(`/wallet/${ids[99]}`)).text();
    expect(page).toContain('data-status="expired"');
    await advancing;
  });

  test('fires the backlog in due order, each expiry at its charge expiry time', async () => {
    const { api, ids, expiries } = await backlog(60);
    expect((await api.advance(TWO_DAYS)).body.events_fired).toBe(60);
    expect(expiries().map((event) => event.chargeId)).toEqual(ids);
    for (const id of [ids[0], ids[30], ids[59]]) {
      const charge = (await api.get(`/charges/${id}`)).body;
      expect(charge.expired_at).toBe(charge.expires_at);
    }
    const times = expiries().map((event) => event.createdAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(60);
  });

  test('runs two advances sent at once one after the other', async () => {
    const { api, account } = await backlog(50);
    const from = account.clock.now();
    const answers = (await Promise.all([api.advance(3 * 3600), api.advance(3 * 3600)])).map(
      (answer) => answer.body as Body & { now_ms: number },
    );
    answers.sort((a, b) => a.now_ms - b.now_ms);
    expect(answers.map((answer) => answer.now_ms - from)).toEqual([3 * 3_600_000, 6 * 3_600_000]);
    expect(answers.map((answer) => answer.events_fired)).toEqual([50, 0]);
  });
});
