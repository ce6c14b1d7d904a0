import { describe, expect, it } from 'vitest';
import { chargeParams, testApi } from '../test-support/test-api.js';

interface Message {
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/** Reads server-sent events off a stream, one message at a time, as EventSource would. */
function sseReader(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    async next(): Promise<Message | null> {
      for (;;) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}:`))
              ?.slice(name.length + 1)
              .trim();
          const data = field('data');
          if (data !== undefined) return { event: field('event') ?? 'message', data: JSON.parse(data) };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffered += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe("the dashboard's live stream", () => {
  it("tells an open page of the account's events, webhook attempts and resets, by id only", async () => {
    const api = testApi('shop', {
      webhooks: { url: 'http://127.0.0.1:9/webhooks' },
      webhookFetch: async () => new Response('ok'),
    });
    const response = await api.sim.request('/_sim/ui/shop/live');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const stream = sseReader(response);
    try {
      expect(await stream.next()).toEqual({ event: 'ready', data: { account: 'shop' } });
      const created = await api.post('/charges', chargeParams('wechat_pay_upm', 150000), { json: true });
      const charge = created.body.id as string;
      const event = await stream.next();
      expect(event).toMatchObject({ event: 'change', data: { type: 'event', key: 'charge.create', charge } });
      expect(Object.keys(event?.data ?? {}).sort()).toEqual(['charge', 'id', 'key', 'type']);
      expect(await stream.next()).toMatchObject({
        event: 'change',
        data: { type: 'attempt', key: 'charge.create', charge },
      });
      await api.post('/_sim/reset');
      expect(await stream.next()).toEqual({
        event: 'change',
        data: { type: 'reset', id: null, key: null, charge: null },
      });
    } finally {
      await stream.cancel();
      await api.sim.close();
    }
  });

  it('hears nothing of another account, and ends when the simulator closes', async () => {
    const api = testApi('shop');
    const stream = sseReader(await api.sim.request('/_sim/ui/shop/live'));
    expect((await stream.next())?.event).toBe('ready');
    const other = await api.post('/charges', chargeParams('wechat_pay_upm', 150000), {
      json: true,
      key: 'skey_test_other',
    });
    expect(other.status).toBe(200);
    await api.sim.close();
    expect(await stream.next()).toBeNull();
  });

  it('answers a name no key could hold with the Omise 404', async () => {
    const { sim } = testApi('shop');
    const response = await sim.request('/_sim/ui/%2E%2E/live');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ object: 'error', code: 'not_found' });
  });
});
