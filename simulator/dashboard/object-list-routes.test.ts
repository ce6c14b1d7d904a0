import { describe, expect, it } from 'vitest';
import { chargeParams, type TestApi, testApi } from '../test-support/test-api.js';

async function paidCharge(api: TestApi, order: string): Promise<string> {
  const created = await api.post('/charges', {
    ...chargeParams('alipayplus_mpm', 150000),
    metadata: { order },
  });
  expect(created.status).toBe(200);
  const id = created.body.id as string;
  expect((await api.post(`/charges/${id}/mark_as_paid`)).status).toBe(200);
  return id;
}

const page = async (api: TestApi, path: string) => {
  const answer = await api.sim.request(`/_sim/ui/shop/${path}`);
  expect(answer.status).toBe(200);
  return answer.text();
};

describe("the dashboard's sources, refunds and events", () => {
  it('are linked from the account page', async () => {
    const html = await (await testApi('shop').sim.request('/_sim/ui/shop')).text();
    for (const path of ['sources', 'refunds', 'events'])
      expect(html).toContain(`href="/_sim/ui/shop/${path}"`);
  });

  it('lists the sources, found by id and filtered by type', async () => {
    const api = testApi('shop');
    const alipay = await api.post('/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
    const truemoney = await api.post('/sources', {
      type: 'truemoney',
      amount: 100000,
      currency: 'THB',
      phone_number: '0812345678',
    });
    const [first, second] = [alipay.body.id as string, truemoney.body.id as string];
    expect(first).toMatch(/^src_test_/);
    expect(second).toMatch(/^src_test_/);
    const all = await page(api, 'sources');
    expect(all).toContain(first);
    expect(all).toContain(second);
    expect(await page(api, 'sources?type=truemoney')).not.toContain(first);
    expect(await page(api, 'sources?type=truemoney')).toContain(second);
    expect(await page(api, `sources?q=${first.slice(-8)}`)).not.toContain(second);
  });

  it("lists the refunds, found by their charge's id, with a link to the charge", async () => {
    const api = testApi('shop');
    const [first, second] = [await paidCharge(api, 'ORD-1'), await paidCharge(api, 'ORD-2')];
    const refund = await api.post(`/charges/${first}/refunds`, { amount: 1000 });
    const other = await api.post(`/charges/${second}/refunds`, { amount: 2000 });
    const found = await page(api, `refunds?q=${first}`);
    expect(found).toContain(refund.body.id as string);
    expect(found).not.toContain(other.body.id as string);
    expect(found).toContain(`href="/_sim/ui/shop/charges/${first}"`);
    expect(await page(api, `refunds?status=${String(refund.body.status)}`)).toContain(
      other.body.id as string,
    );
    expect(await page(api, 'refunds?status=nothing')).toContain('Nothing matches.');
  });

  it('lists the events, filtered by key and found by the charge they are about', async () => {
    const api = testApi('shop');
    const id = await paidCharge(api, 'ORD-1');
    const events = (await api.get('/events')).body.data as { id: string; key: string }[];
    const complete = events.find((event) => event.key === 'charge.complete');
    const create = events.find((event) => event.key === 'charge.create');
    expect(complete && create).toBeTruthy();
    const completed = await page(api, 'events?key=charge.complete');
    expect(completed).toContain(complete?.id);
    expect(completed).not.toContain(create?.id);
    expect(await page(api, `events?q=${id}`)).toContain(create?.id);
    expect(await page(api, 'events?q=chrg_test_nothing')).toContain('Nothing matches.');
  });

  it('answer a bad account name with a 404', async () => {
    expect((await testApi('shop').sim.request('/_sim/ui/bad%20name/events')).status).toBe(404);
  });
});
