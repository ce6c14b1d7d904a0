import { describe, expect, it } from 'vitest';
import { chargeParams, testApi } from '../test-support/test-api.js';
import { startWebhookReceiver } from '../webhooks/testing/webhook-receiver.js';

const form = (fields: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

async function pendingCharge(api: ReturnType<typeof testApi>, metadata: Record<string, string> = {}) {
  const created = await api.post(
    '/charges',
    { ...chargeParams('wechat_pay_upm', 150000), metadata },
    { json: true },
  );
  expect(created.status).toBe(200);
  return created.body.id as string;
}

describe('the dashboard', () => {
  it('is where a browser opening / lands; API clients still get the JSON 404', async () => {
    const { sim } = testApi('shop');
    const browser = await sim.request('/', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/_sim/ui');
    const client = await sim.request('/');
    expect(client.status).toBe(404);
    expect(await client.json()).toMatchObject({ object: 'error', code: 'not_found' });
  });

  it("lists the accounts, and an account's charges found by id or metadata and by status", async () => {
    const api = testApi('shop');
    const first = await pendingCharge(api, { order: 'ORD-1001' });
    const second = await pendingCharge(api, { order: 'ORD-2002' });
    const accounts = await (await api.sim.request('/_sim/ui')).text();
    expect(accounts).toContain('href="/_sim/ui/shop"');
    const page = async (query: string) => (await api.sim.request(`/_sim/ui/shop${query}`)).text();
    expect(await page('')).toContain(first);
    expect(await page('?q=ORD-2002')).toContain(second);
    expect(await page('?q=ORD-2002')).not.toContain(first);
    expect(await page(`?q=${first.slice(-8)}`)).toContain(first);
    expect(await page('?status=successful')).not.toContain(first);
  });

  it('marks a charge paid, as the API would, with the same events', async () => {
    const api = testApi('shop');
    const id = await pendingCharge(api);
    const answer = await api.sim.request(`/_sim/ui/shop/charges/${id}/mark_as_paid`, form());
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`/_sim/ui/shop/charges/${id}`);
    expect((await api.get(`/charges/${id}`)).body.status).toBe('successful');
    const events = await api.get(`/charges/${id}/events`);
    expect((events.body.data as { key: string }[]).map((event) => event.key)).toContain('charge.complete');
    const page = await (await api.sim.request(`/_sim/ui/shop/charges/${id}`)).text();
    expect(page).toContain('data-status="successful"');
    expect(page).toContain('charge.complete');
  });

  it('marks a charge failed with the chosen failure code, expires one, and refunds one', async () => {
    const api = testApi('shop');
    const failed = await pendingCharge(api);
    await api.sim.request(
      `/_sim/ui/shop/charges/${failed}/mark_as_failed`,
      form({ failure_code: 'payment_rejected' }),
    );
    expect((await api.get(`/charges/${failed}`)).body).toMatchObject({
      status: 'failed',
      failure_code: 'payment_rejected',
    });
    const expired = await pendingCharge(api);
    await api.sim.request(`/_sim/ui/shop/charges/${expired}/expire`, form());
    expect((await api.get(`/charges/${expired}`)).body.status).toBe('expired');
    const paid = await pendingCharge(api);
    await api.post(`/charges/${paid}/mark_as_paid`);
    await api.sim.request(`/_sim/ui/shop/charges/${paid}/refund`, form({ amount: '50000' }));
    expect((await api.get(`/charges/${paid}`)).body.refunded_amount).toBe(50000);
  });

  it('shows the Omise error of an action the API refuses, and changes nothing', async () => {
    const api = testApi('shop');
    const id = await pendingCharge(api);
    const answer = await api.sim.request(`/_sim/ui/shop/charges/${id}/refund`, form({ amount: '100' }));
    const location = answer.headers.get('location') as string;
    expect(location).toMatch(new RegExp(`^/_sim/ui/shop/charges/${id}\\?notice=.+`));
    expect(await (await api.sim.request(location)).text()).toContain('role="alert"');
    expect((await api.get(`/charges/${id}`)).body).toMatchObject({ status: 'pending', refunded_amount: 0 });
  });

  it('replays an event to the webhook endpoint, and shows every attempt', async () => {
    const receiver = await startWebhookReceiver();
    const api = testApi('shop', { webhooks: { url: receiver.url } });
    try {
      const id = await pendingCharge(api);
      await api.post(`/charges/${id}/mark_as_paid`);
      await api.sim.webhooks.idle('shop', { timeoutMs: 60_000 });
      const before = receiver.received.length;
      const events = (await api.get(`/charges/${id}/events`)).body.data as { id: string }[];
      const event = events[0]?.id as string;
      const answer = await api.sim.request(`/_sim/ui/shop/events/${event}/replay`, form({ charge: id }));
      expect(answer.headers.get('location')).toBe(`/_sim/ui/shop/charges/${id}`);
      await api.sim.webhooks.idle('shop', { timeoutMs: 60_000 });
      expect(receiver.received.length).toBe(before + 1);
      const page = await (await api.sim.request(`/_sim/ui/shop/charges/${id}`)).text();
      expect(page.match(/data-attempt=/g)?.length).toBe(before + 1);
    } finally {
      await api.sim.close();
      await receiver.close();
    }
  });

  it('freezes, advances and resumes the account clock, and resets the account', async () => {
    const api = testApi('shop');
    await api.sim.request('/_sim/ui/shop/clock/set', form({ to: '2024-03-01T10:00:00Z' }));
    await api.sim.request('/_sim/ui/shop/clock/freeze', form());
    await api.sim.request('/_sim/ui/shop/clock/advance', form({ seconds: '7200' }));
    expect((await api.get('/_sim/clock')).body).toMatchObject({ now: '2024-03-01T12:00:00Z', frozen: true });
    await api.sim.request('/_sim/ui/shop/clock/resume', form());
    expect((await api.get('/_sim/clock')).body.frozen).toBe(false);
    await pendingCharge(api);
    await api.sim.request('/_sim/ui/shop/reset', form());
    expect((await api.get('/charges')).body.total).toBe(0);
  });

  it('refuses a form posted from another site', async () => {
    const api = testApi('shop');
    const id = await pendingCharge(api);
    const post = { ...form(), headers: { ...form().headers, origin: 'https://evil.example' } };
    expect((await api.sim.request(`/_sim/ui/shop/charges/${id}/mark_as_paid`, post)).status).toBe(400);
    expect((await api.get(`/charges/${id}`)).body.status).toBe('pending');
  });

  it('refuses a webhook delivery, so a webhook URL pointing at its replay form cannot replay forever', async () => {
    const api = testApi('shop');
    const id = await pendingCharge(api);
    const [event] = (await api.get('/events')).body.data as { id: string }[];
    for (const header of ['omise-signature', 'omise-sim-delivery']) {
      const post = { ...form({ charge: id }), headers: { ...form().headers, [header]: 'x' } };
      const replay = await api.sim.request(`/_sim/ui/shop/events/${event?.id}/replay`, post);
      expect(replay.status).toBe(400);
      expect(await replay.json()).toMatchObject({ object: 'error', code: 'bad_request' });
      const paid = await api.sim.request(`/_sim/ui/shop/charges/${id}/mark_as_paid`, post);
      expect(paid.status).toBe(400);
    }
    expect((await api.get('/_sim/deliveries')).body.total).toBe(0);
    expect((await api.get(`/charges/${id}`)).body.status).toBe('pending');
  });
});
