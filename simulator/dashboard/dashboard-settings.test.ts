import { describe, expect, it } from 'vitest';
import { testApi } from '../test-support/test-api.js';

const form = (fields: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe("the dashboard's account settings and request journal", () => {
  it('sets where webhooks go, as PUT /_sim/webhooks does', async () => {
    const api = testApi('shop');
    const answer = await api.sim.request(
      '/_sim/ui/shop/webhooks',
      form({ url: 'http://127.0.0.1:3999/hooks' }),
    );
    expect(answer.headers.get('location')).toBe('/_sim/ui/shop');
    const webhooks = await api.get('/_sim/webhooks');
    expect(webhooks.body.endpoints).toEqual([
      expect.objectContaining({ url: 'http://127.0.0.1:3999/hooks' }),
    ]);
    expect(await (await api.sim.request('/_sim/ui/shop')).text()).toContain('http://127.0.0.1:3999/hooks');
  });

  it('shows the API error of a bad webhook URL and keeps the settings', async () => {
    const api = testApi('shop');
    const answer = await api.sim.request('/_sim/ui/shop/webhooks', form({ url: 'not a url' }));
    expect(answer.headers.get('location')).toMatch(/^\/_sim\/ui\/shop\?notice=.+/);
    expect((await api.get('/_sim/webhooks')).body.endpoints).toEqual([]);
  });

  it('injects an API fault for the next call, and clears it', async () => {
    const api = testApi('shop');
    await api.sim.request('/_sim/ui/shop/api_faults', form({ status: '503' }));
    const faults = await api.get('/_sim/api_faults');
    expect(faults.body.data).toEqual([expect.objectContaining({ status: 503, remaining: 1 })]);
    await api.sim.request('/_sim/ui/shop/api_faults/clear', form());
    expect((await api.get('/_sim/api_faults')).body.data).toEqual([]);
  });

  it('lists the journal filtered, without its own page reads, and clears it', async () => {
    const api = testApi('shop');
    await api.get('/charges/chrg_test_missing');
    await api.get('/charges');
    await api.sim.request('/_sim/ui/shop');
    const page = await (await api.sim.request('/_sim/ui/shop/requests?status=4xx')).text();
    expect(page).toContain('/charges/chrg_test_missing');
    expect(page.match(/data-request=/g)).toHaveLength(1);
    const journal = await api.get('/_sim/requests');
    expect((journal.body.data as { path: string }[]).map((entry) => entry.path)).toEqual([
      '/charges',
      '/charges/chrg_test_missing',
    ]);
    await api.sim.request('/_sim/ui/shop/requests/clear', form());
    expect((await api.get('/_sim/requests')).body.total).toBe(0);
  });

  it('shows a bad journal filter as the API error', async () => {
    const api = testApi('shop');
    const page = await (await api.sim.request('/_sim/ui/shop/requests?status=teapot')).text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('status is invalid');
  });
});
