import { expect, test } from 'vitest';
import { messages } from '../errors/messages.js';
import { accountSnapshot } from '../test-support/account-snapshot.js';
import { type TestApi, testApi } from '../test-support/test-api.js';
import { MAX_HELD_OPERATIONS, MAX_LANDED_KEPT } from './held-operations.js';

// A held operation keeps its request until it lands, and a frozen clock never lands it: what held rules may
// hold is bounded, and the list keeps only the latest landed ones.

const holdGets = (api: TestApi, count: number) =>
  api.post('/_sim/api_faults', { mode: 'held', status: 503, count, path: '/charges' }, { json: true });

async function sendGets(api: TestApi, count: number): Promise<void> {
  for (let i = 0; i < count; i++) expect((await api.get('/charges')).status).toBe(503);
}

test('refuses a held rule whose count passes the bound, changing nothing', async () => {
  const api = testApi('shop');
  api.freezeAt('2025-01-15T03:00:00Z');
  const before = accountSnapshot(api.sim, 'shop');
  expect(await holdGets(api, MAX_HELD_OPERATIONS + 1)).toMatchObject({
    status: 400,
    body: {
      object: 'error',
      code: 'bad_request',
      message: messages.tooManyHeldOperations(MAX_HELD_OPERATIONS),
    },
  });
  expect(await holdGets(api, 1e15)).toMatchObject({ status: 400, body: { code: 'bad_request' } });
  expect(accountSnapshot(api.sim, 'shop')).toBe(before);
  expect((await holdGets(api, MAX_HELD_OPERATIONS)).status).toBe(200);
});

// Sixty requests in process: a generous timeout, so that a busy machine never fails it.
test(
  'counts the operations still waiting to land, until the clock lands them',
  { timeout: 60_000 },
  async () => {
    const api = testApi('shop');
    api.freezeAt('2025-01-15T03:00:00Z');
    expect((await holdGets(api, 60)).status).toBe(200);
    await sendGets(api, 60);
    expect((await holdGets(api, MAX_HELD_OPERATIONS - 59)).status).toBe(400);
    expect((await holdGets(api, MAX_HELD_OPERATIONS - 60)).status).toBe(200);
    expect((await holdGets(api, 1)).status).toBe(400);
    await api.send('DELETE', '/_sim/api_faults');
    await api.advance(60);
    expect((await holdGets(api, MAX_HELD_OPERATIONS)).status).toBe(200);
  },
);

test(
  'keeps the latest landed operations in the list and forgets older ones',
  { timeout: 60_000 },
  async () => {
    const api = testApi('shop');
    api.freezeAt('2025-01-15T03:00:00Z');
    for (const count of [MAX_HELD_OPERATIONS, 5]) {
      await holdGets(api, count);
      await sendGets(api, count);
      await api.advance(60);
    }
    const held = (await api.get('/_sim/api_faults')).body.held as Array<{ id: number; landed: unknown }>;
    expect(held).toHaveLength(MAX_LANDED_KEPT);
    expect(held[0]?.id).toBe(MAX_HELD_OPERATIONS + 5 - MAX_LANDED_KEPT + 1);
    expect(held.every((operation) => operation.landed !== null)).toBe(true);
  },
);
