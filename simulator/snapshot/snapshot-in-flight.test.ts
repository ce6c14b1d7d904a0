import { afterEach, expect, test } from 'vitest';
import { type Body, createPendingCharge, type TestApi, testApi } from '../test-support/test-api.js';

const opened: TestApi[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((api) => api.sim.close()));
});

function open(webhookFetch: typeof fetch): TestApi {
  const api = testApi('shop', { webhookFetch });
  api.freezeAt('2024-03-04T05:00:00Z');
  opened.push(api);
  return api;
}

test('an attempt under way when the snapshot is taken is made again after the import', async () => {
  let answer: (response: Response) => void = () => {};
  let started = 0;
  const original = open(() => {
    started++;
    return new Promise<Response>((resolve) => {
      answer = resolve;
    });
  });
  await original.send('PUT', '/_sim/webhooks', { url: 'https://merchant.test/hooks' }, { json: true });
  const charge = await createPendingCharge(original, 'wechat_pay_mpm');
  await expect.poll(() => started, { timeout: 30_000 }).toBe(1);
  const file = (await original.get('/_sim/snapshot')).body;
  const pending = ((file.accounts as Body[])[0]?.webhooks as Body).pending as Body[];
  expect(pending).toMatchObject([
    { state: 'scheduled', attempts: 0, next_at: Date.parse('2024-03-04T05:00:00Z') },
  ]);
  answer(new Response('', { status: 200 }));

  const copy = open(async () => new Response('', { status: 200 }));
  expect((await copy.send('PUT', '/_sim/snapshot', file, { json: true })).status).toBe(200);
  await copy.sim.webhooks.idle('shop');
  expect(
    copy.sim.webhooks.deliveries('shop').map((a) => [a.chargeId, a.attempt, a.status, a.createdAt]),
  ).toEqual([[charge.id, 1, 200, Date.parse('2024-03-04T05:00:00Z')]]);
});
