import { getEventListeners } from 'node:events';
import { expect, test } from 'vitest';
import { sendWebhook } from './send-webhook.js';

const hanging = (() => new Promise<Response>(() => {})) as typeof fetch;
const request = { url: 'http://merchant.invalid/hooks', body: '{}', headers: {}, timeoutMs: 60_000 };

test('an in-process handler that never answers is cancelled when the simulator closes', async () => {
  const closing = new AbortController();
  const sent = sendWebhook({ ...request, signal: closing.signal, fetch: hanging });
  closing.abort();
  expect(await sent).toMatchObject({ status: null, error: 'cancelled: the simulator was closed' });
});

test('an attempt made after the simulator closed is cancelled at once', async () => {
  const closed = new AbortController();
  closed.abort();
  expect(await sendWebhook({ ...request, signal: closed.signal, fetch: hanging })).toMatchObject({
    error: 'cancelled: the simulator was closed',
  });
});

test('a handler that ignores the signal still times out; one that answers gives its status and text', async () => {
  expect(await sendWebhook({ ...request, timeoutMs: 20, fetch: hanging })).toMatchObject({
    status: null,
    error: 'timeout: no complete answer within 0.02 s',
  });
  const answering = (async () => new Response('thanks', { status: 202 })) as typeof fetch;
  expect(await sendWebhook({ ...request, fetch: answering })).toMatchObject({
    status: 202,
    error: null,
    responseBody: 'thanks',
  });
});

test("many open attempts through a handler share one listener on the simulator's signal", async () => {
  const closing = new AbortController();
  const sent = Array.from({ length: 32 }, () =>
    sendWebhook({ ...request, signal: closing.signal, fetch: hanging }),
  );
  // More than 10 listeners on one signal would make node warn of a leak (MaxListenersExceededWarning).
  expect(getEventListeners(closing.signal, 'abort')).toHaveLength(1);
  closing.abort();
  for (const each of await Promise.all(sent)) {
    expect(each.error).toBe('cancelled: the simulator was closed');
  }
});
