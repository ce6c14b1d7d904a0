import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Body, type TestApi, testApi } from '../test-support/test-api.js';
import { readEverything } from './test-support/read-everything.js';

let file: Body;
let target: TestApi;
/** What the simulator reports as its own bugs (a scheduled job or a webhook attempt that threw). */
const bugs: string[] = [];

beforeAll(async () => {
  const source = testApi('shop', { webhookFetch: async () => new Response('', { status: 500 }) });
  source.freezeAt('2024-03-04T05:00:00Z');
  await source.send('PUT', '/_sim/webhooks', { url: 'https://merchant.test/hooks' }, { json: true });
  await source.post('/_sim/seed', { days: 2, count: 12, seed: 4 }, { json: true });
  await source.post('/_sim/clock/advance', { seconds: 1 });
  await source.sim.webhooks.idle('shop');
  file = (await source.get('/_sim/snapshot')).body;
  await source.sim.close();
  target = testApi('shop', {
    webhookFetch: async () => new Response('', { status: 200 }),
    log: (message, error) => bugs.push(`${message}: ${String(error)}`),
  });
});
afterAll(() => target.sim.close());

/** Every place in the file: a path of keys and indexes to a value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

async function expectNoServerError(api: TestApi): Promise<void> {
  for (const [read, answer] of Object.entries(await readEverything(api)))
    expect((answer as { status: number }).status, read).toBeLessThan(500);
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

/** A new value for the place: mostly one of the same kind (a number for a number), sometimes anything. */
function change(path: (string | number)[]): fc.Arbitrary<[(string | number)[], unknown]> {
  const old = valueAt(file, path);
  const same =
    typeof old === 'number'
      ? fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 53, 8.64e15 + 1, 1.5))
      : typeof old === 'string'
        ? fc.oneof(fc.string(), fc.constantFrom('', 'chrg_test_x', 'evnt_test_x', 'THB', 'pending'))
        : typeof old === 'boolean'
          ? fc.boolean()
          : fc.constant(null);
  return fc.oneof(same, fc.jsonValue({ maxDepth: 2 })).map((value) => [path, value]);
}

function replaced(root: Body, path: readonly (string | number)[], value: unknown): Body {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
  return copy;
}

test('any one value changed in a snapshot is either taken or refused with a 400, and no read answers 500', async () => {
  const places = paths(file).filter((path) => path.length > 0);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...places).chain(change), async ([path, value]) => {
      const response = await target.send('PUT', '/_sim/snapshot', replaced(file, path, value), {
        json: true,
      });
      expect([200, 400], JSON.stringify(response.body)).toContain(response.status);
      if (response.status !== 200) return;
      await expectNoServerError(target);
      expect(bugs).toEqual([]);
      // Its future too: expiries and webhook retries fire as the clock passes them.
      expect((await target.advance(8 * 86400)).status).toBe(200);
      await target.sim.webhooks.idle('shop');
      await expectNoServerError(target);
      expect(bugs).toEqual([]);
    }),
    { numRuns: 200 },
  );
}, 120_000);
