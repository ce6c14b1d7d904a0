import { expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { SNAPSHOT_LIMITS } from '../../snapshot/parse-snapshot-text.js';
import { accountSnapshot } from '../../test-support/account-snapshot.js';
import { type Body, createPendingCharge, testApi } from '../../test-support/test-api.js';
import { DEFAULT_REQUEST_LIMITS } from './request-limits.js';

// JSON nested far deeper than the depth limit is refused as nested too deeply (which is why), closed or not,
// with the status of every other limit, and changes nothing; nothing is built from it, so nothing recurses.

const MAX = DEFAULT_REQUEST_LIMITS.maxDepth;
const deep = (levels: number, closed: boolean) => `${'['.repeat(levels)}${closed ? ']'.repeat(levels) : ''}`;

async function expectTooDeep(path: string, method: string, body: string, max = MAX): Promise<void> {
  const api = testApi('shop');
  api.freezeAt('2024-09-10T03:57:17Z');
  await createPendingCharge(api, 'wechat_pay_mpm');
  const before = accountSnapshot(api.sim, 'shop');
  const response = await api.sim.request(path, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`,
      'content-type': 'application/json',
    },
    body,
  });
  expect(response.status).toBe(400);
  expect((await response.json()) as Body).toMatchObject({
    object: 'error',
    code: 'bad_request',
    message: messages.paramsTooDeep(max),
  });
  expect(accountSnapshot(api.sim, 'shop')).toBe(before);
  expect((await api.get('/charges')).body).toMatchObject({ object: 'list', total: 1 });
}

test.each([
  ['100,000 [ never closed', deep(100_000, false)],
  ['100,000 [ closed', deep(100_000, true)],
  ['one level past the limit', `{"metadata":${deep(MAX, true)}}`],
])('a charge body of %s is nested too deeply', (_name, body) => expectTooDeep('/charges', 'POST', body));

test('a /_sim body of 100,000 { is nested too deeply', () =>
  expectTooDeep('/_sim/clock/advance', 'POST', '{"a":'.repeat(100_000)));

test('a snapshot upload of 100,000 [ is nested too deeply for a snapshot', () =>
  expectTooDeep('/_sim/snapshot', 'PUT', deep(100_000, false), SNAPSHOT_LIMITS.maxDepth));

test('a body at the depth limit is still read', async () => {
  const api = testApi('shop');
  const metadata = `${'{"a":'.repeat(MAX - 1)}1${'}'.repeat(MAX - 1)}`;
  const body = `{"amount":150000,"currency":"THB","source":{"type":"wechat_pay_mpm"},"metadata":${metadata}}`;
  const response = await api.sim.request('/charges', {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`,
      'content-type': 'application/json',
    },
    body,
  });
  expect(response.status).toBe(200);
});
