import { expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { MAX_DEPTH_CEILING } from '../http/limits/request-limits.js';

const auth = (account: string) => ({
  authorization: `Basic ${Buffer.from(`skey_test_${account}:`).toString('base64')}`,
  'content-type': 'application/json',
});

/** A metadata value that makes the request body exactly `depth` levels deep. */
function metadataOfDepth(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 2; level < depth; level++) value = { down: value };
  return value;
}

test.each([
  32,
  MAX_DEPTH_CEILING,
])('what requests may make under a nesting limit of %i, a snapshot of it holds: exported and imported again', async (maxDepth) => {
  const sim = createSimulator({ seed: 1, limits: { maxDepth } });
  const body = {
    amount: 2000,
    currency: 'THB',
    source: { type: 'promptpay' },
    metadata: metadataOfDepth(maxDepth),
  };
  const created = await sim.request('/charges', {
    method: 'POST',
    headers: auth('deep'),
    body: JSON.stringify(body),
  });
  expect(created.status).toBe(200);
  const charge = (await created.json()) as { id: string; metadata: unknown };
  expect(charge.metadata).toEqual(body.metadata);
  expect((await sim.request('/events', { headers: auth('deep') })).status).toBe(200);

  const exported = await sim.request('/_sim/snapshot', { headers: auth('deep') });
  expect(exported.status).toBe(200);
  const file = await exported.text();
  const imported = await sim.request('/_sim/snapshot', { method: 'PUT', headers: auth('copy'), body: file });
  expect(imported.status).toBe(200);
  const copy = await sim.request(`/charges/${charge.id}`, { headers: auth('copy') });
  expect(((await copy.json()) as { metadata: unknown }).metadata).toEqual(body.metadata);
  await sim.close();
}, 60_000);

test('a nesting limit above the ceiling is refused: deeper data would overflow the stack when written back', () => {
  expect(() => createSimulator({ limits: { maxDepth: MAX_DEPTH_CEILING + 1 } })).toThrow(
    `limits.maxDepth must be at most ${MAX_DEPTH_CEILING}, not ${MAX_DEPTH_CEILING + 1}`,
  );
});
