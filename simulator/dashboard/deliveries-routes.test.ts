import { describe, expect, it } from 'vitest';
import { chargeParams, testApi } from '../test-support/test-api.js';

/** An account whose receiver answers the first webhook 500 "busy" and every later one 200 "ok". */
async function accountWithAttempts() {
  let answered = 0;
  const api = testApi('shop', {
    webhooks: { url: 'http://127.0.0.1:9/webhooks/omise' },
    webhookFetch: async () => (answered++ === 0 ? new Response('busy', { status: 500 }) : new Response('ok')),
  });
  const created = await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true });
  const charge = created.body.id as string;
  await api.post(`/charges/${charge}/mark_as_paid`);
  await api.sim.webhooks.idle('shop', { timeoutMs: 60_000 });
  return { api, charge };
}

const rows = (page: string) => page.match(/<tr data-attempt="/g)?.length ?? 0;

describe("the dashboard's delivery log", () => {
  it('shows every webhook attempt: event, endpoint, status, duration, error and answer', async () => {
    const { api, charge } = await accountWithAttempts();
    const page = await (await api.sim.request('/_sim/ui/shop/deliveries')).text();
    const attempts = (await api.get('/_sim/deliveries')).body.data as Record<string, unknown>[];
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(rows(page)).toBe(attempts.length);
    for (const attempt of attempts) expect(page).toContain(`data-attempt="${attempt.id}"`);
    expect(page).toContain('http://127.0.0.1:9/webhooks/omise');
    expect(page).toContain('charge.create');
    expect(page).toContain('<td class="bad">500</td>');
    expect(page).toContain('<code>busy</code>');
    expect(page).toContain(`href="/_sim/ui/shop/charges/${charge}"`);
    expect(page).toMatch(/<td>\d+ ms<\/td>/);
    expect(page).toContain('href="/_sim/ui/shop/deliveries"');
    await api.sim.close();
  });

  it('filters as /_sim/deliveries does, and shows the Omise error of a filter it refuses', async () => {
    const { api, charge } = await accountWithAttempts();
    const page = async (query: string) => (await api.sim.request(`/_sim/ui/shop/deliveries${query}`)).text();
    const failed = (await api.get('/_sim/deliveries', { delivered: 'false' })).body;
    expect(rows(await page('?delivered=false'))).toBe(failed.total);
    expect(await page('?delivered=false')).not.toContain('class="ok"');
    const completes = (await api.get('/_sim/deliveries', { key: 'charge.complete' })).body;
    expect(completes.total).toBeGreaterThan(0);
    expect(rows(await page('?key=charge.complete'))).toBe(completes.total);
    expect(rows(await page(`?charge=${charge}`))).toBe((await api.get('/_sim/deliveries')).body.total);
    expect(rows(await page('?charge=chrg_test_none'))).toBe(0);
    const refused = await api.sim.request('/_sim/ui/shop/deliveries?delivered=maybe');
    expect(refused.status).toBe(200);
    expect(await refused.text()).toContain('role="alert"');
    await api.sim.close();
  });

  it("is linked from the charge's page, filtered to the charge", async () => {
    const { api, charge } = await accountWithAttempts();
    const page = await (await api.sim.request(`/_sim/ui/shop/charges/${charge}`)).text();
    expect(page).toContain(`href="/_sim/ui/shop/deliveries?charge=${charge}"`);
    await api.sim.close();
  });
});
