import { describe, expect, it } from 'vitest';
import { chargeParams, testApi } from '../test-support/test-api.js';

type Listed = { status: number; body: { data: Record<string, unknown>[]; total: number } };

async function journal(api: ReturnType<typeof testApi>, query = ''): Promise<Listed> {
  return (await api.get(`/_sim/requests${query}`)) as unknown as Listed;
}

describe('GET /_sim/requests', () => {
  it("lists the account's requests newest first, with status, duration, User-Agent and both bodies", async () => {
    const api = testApi('shop');
    const headers = { 'user-agent': 'OmiseNode/1.1.0' };
    const created = await api.post('/charges', chargeParams('wechat_pay_upm', 150000), {
      json: true,
      headers,
    });
    await api.get('/charges/chrg_test_missing');
    const { status, body } = await journal(api);
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.data.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
      'GET /charges/chrg_test_missing 404',
      'POST /charges 200',
    ]);
    const post = body.data[1] as Record<string, unknown>;
    expect(post).toMatchObject({ object: 'sim_request', user_agent: 'OmiseNode/1.1.0', query: '' });
    expect(post.duration_ms).toEqual(expect.any(Number));
    expect(post.created_at).toMatch(/Z$/);
    expect(JSON.parse(post.request_body as string)).toMatchObject({ amount: 150000, currency: 'THB' });
    expect(JSON.parse(post.response_body as string)).toMatchObject({ id: created.body.id });
  });

  it('never keeps the Authorization header, and redacts keys, secrets and card-like numbers', async () => {
    const api = testApi('shop');
    const body = {
      ...chargeParams('wechat_pay_upm', 150000),
      metadata: { card: '4242 4242 4242 4242', note: 'skey_test_other', order: '1234567890123' },
    };
    await api.post('/charges', body, { json: true });
    const put = await api.send('PUT', '/_sim/webhooks', { url: 'http://127.0.0.1:9/hook' }, { json: true });
    const text = JSON.stringify((await journal(api)).body);
    expect(text).not.toMatch(/Basic |skey_test_shop|skey_test_other|4242 4242 4242 4242/);
    expect(text).toContain('************4242');
    expect(text).toContain('skey_test_[redacted]');
    expect(text).toContain('1234567890123'); // not a card: fails the Luhn check
    expect(text).not.toContain(put.body.secret as string);
  });

  it('filters by method, path prefix and status (one, or a class)', async () => {
    const api = testApi('shop');
    await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true });
    await api.get('/charges/chrg_test_missing');
    await api.get('/events');
    const listed = async (query: string) =>
      (await journal(api, query)).body.data.map((entry) => `${entry.method} ${entry.path}`);
    expect(await listed('?method=post')).toEqual(['POST /charges']);
    expect(await listed('?path=/charges')).toEqual(['GET /charges/chrg_test_missing', 'POST /charges']);
    expect(await listed('?status=4xx')).toEqual(['GET /charges/chrg_test_missing']);
    expect(await listed('?status=200&order=chronological')).toEqual(['POST /charges', 'GET /events']);
  });

  it('keeps a request its parameters refused, with the error the client got', async () => {
    const api = testApi('shop');
    const refused = await api.sim.request('/charges', {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`,
        'content-type': 'application/json',
      },
      body: '{"amount":',
    });
    expect(refused.status).toBe(400);
    const [entry] = (await journal(api)).body.data;
    expect(entry).toMatchObject({ method: 'POST', path: '/charges', status: 400 });
    expect(JSON.parse(entry?.response_body as string)).toEqual(await refused.json());
  });

  it('refuses a bad filter with an Omise error', async () => {
    const api = testApi('shop');
    for (const query of ['?method=FETCH', '?path=charges', '?status=600', '?status=ok', '?limit=-1']) {
      const { status, body } = await api.get(`/_sim/requests${query}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ object: 'error', code: 'bad_request' });
    }
  });

  it('keeps each account apart, bounded to the newest requests, and clears with DELETE', async () => {
    const api = testApi('shop', { journalSize: 3 });
    for (let index = 0; index < 5; index++) await api.get(`/charges/chrg_test_${index}`);
    await api.get('/charges', {}, { key: 'skey_test_other' });
    const { body } = await journal(api);
    expect(body.data.map((entry) => entry.path)).toEqual([
      '/charges/chrg_test_4',
      '/charges/chrg_test_3',
      '/charges/chrg_test_2',
    ]);
    const cleared = await api.send('DELETE', '/_sim/requests');
    expect(cleared.body).toEqual({ object: 'sim_requests_cleared', account: 'shop', cleared: 3 });
    expect((await journal(api)).body.total).toBe(0);
    expect((await api.get('/_sim/requests', {}, { key: 'skey_test_other' })).body.total).toBe(1);
  });

  it('keeps nothing with journalSize 0, and needs the secret key', async () => {
    const api = testApi('shop', { journalSize: 0 });
    await api.get('/charges');
    expect((await journal(api)).body.total).toBe(0);
    expect((await api.get('/_sim/requests', {}, { key: 'pkey_test_shop' })).status).toBe(401);
  });
});
