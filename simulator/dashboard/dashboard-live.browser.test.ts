import { expect, test } from 'vitest';
import { createCharge, secretKey } from '../documents/test-support/qr-test-support.js';
import { useBrowserSession } from '../pages/test-support/browser-session.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhooks/testing/webhook-receiver.js';
import { dashboardPicture } from './test-support/dashboard-picture.js';

// The dashboard with JavaScript on: an open page follows the account's live stream, so what the API does
// shows up on it without a reload. Also the README's pictures of the lists and the delivery log.
const session = useBrowserSession();
const picture = (name: string) => dashboardPicture(session.page, name);

async function call(account: string, method: string, path: string, body?: unknown): Promise<void> {
  const headers = { ...secretKey(account), 'content-type': 'application/json' };
  const response = await session.api.request(path, { method, headers, body: JSON.stringify(body ?? {}) });
  if (response.status !== 200) throw new Error(`${method} ${path}: ${await response.text()}`);
}

/** Opens an account page and waits until its live stream is open; marks the window to tell a reload apart. */
async function openLive(path: string): Promise<void> {
  await session.page.goto(`${session.url}${path}`);
  await session.page.waitForSelector('main[data-live-state="open"]');
  await session.page.evaluate(() => Object.assign(window, { notReloaded: true }));
}

async function wasNotReloaded(): Promise<boolean> {
  return session.page.evaluate(() => 'notReloaded' in window);
}

/** Waits (within the test's timeout) until every event of the account has had its first webhook attempt. */
async function untilEveryEventAttempted(account: string): Promise<void> {
  const total = async (path: string) =>
    ((await (await session.api.request(path, { headers: secretKey(account) })).json()) as { total: number })
      .total;
  while ((await total('/_sim/deliveries')) < (await total('/events'))) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('an event made through the API appears on an open charge page and on the lists, without a reload', async () => {
  const charge = await createCharge(session.api, 'live', 'wechat_pay_mpm', 42000);
  await openLive(`/_sim/ui/live/charges/${charge.id}`);
  await call('live', 'POST', `/charges/${charge.id}/mark_as_paid`);
  await session.page.waitForSelector('[data-live="charge"][data-status="successful"]');
  await session.page.waitForSelector('[data-live="events"] td:text-is("charge.complete")');
  expect(await wasNotReloaded()).toBe(true);

  await openLive('/_sim/ui/live');
  const next = await createCharge(session.api, 'live', 'truemoney', 15000);
  await session.page.waitForSelector(`tr[data-charge="${next.id}"]`);
  expect(await wasNotReloaded()).toBe(true);

  await openLive('/_sim/ui/live/events');
  await call('live', 'POST', `/charges/${next.id}/expire`);
  await session.page.waitForSelector(`tr:has(a[href$="/charges/${next.id}"]):has-text("charge.expire")`);
  expect(await wasNotReloaded()).toBe(true);
});

test('a webhook attempt appears on an open delivery log as the receiver answers', async () => {
  const receiver = await startWebhookReceiver();
  try {
    await call('live2', 'PUT', '/_sim/webhooks', { url: receiver.url });
    await openLive('/_sim/ui/live2/deliveries');
    const charge = await createCharge(session.api, 'live2', 'alipayplus_mpm', 30000);
    await session.page.waitForSelector(`tr[data-attempt]:has(a[href$="/charges/${charge.id}"])`);
    expect(await session.page.textContent('tr[data-attempt] td.ok')).toBe('200');
    expect(await wasNotReloaded()).toBe(true);
  } finally {
    await receiver.close();
  }
});

/** An account with some history: four methods, paid, failed, refunded, and a receiver that failed once. */
async function accountWithHistory(receiver: WebhookReceiver): Promise<string[]> {
  receiver.answer((_request, index) => (index === 1 ? 500 : 200));
  await call('shop', 'PUT', '/_sim/webhooks', { url: receiver.url });
  const ids: string[] = [];
  for (const [type, amount] of [
    ['wechat_pay_mpm', 42000],
    ['truemoney', 15000],
    ['alipayplus_mpm', 99000],
    ['wechat_pay_upm', 150000],
  ] as const) {
    ids.push(
      (await createCharge(session.api, 'shop', type, amount, { metadata: { order: `ORD-${amount}` } })).id,
    );
  }
  const [paid, failed, refunded] = ids as [string, string, string];
  await call('shop', 'POST', `/charges/${paid}/mark_as_paid`);
  await call('shop', 'POST', `/charges/${failed}/mark_as_failed`, { failure_code: 'payment_rejected' });
  await call('shop', 'POST', `/charges/${refunded}/mark_as_paid`);
  await call('shop', 'POST', `/charges/${refunded}/refunds`, { amount: 20000 });
  await untilEveryEventAttempted('shop');
  return ids;
}

test("an account's sources, refunds, events and delivery log, filtered", async () => {
  const receiver = await startWebhookReceiver();
  try {
    const [, , refunded] = await accountWithHistory(receiver);
    const { page } = session;
    await openLive('/_sim/ui/shop/sources');
    expect(await page.$$('[data-live="list"] tr[data-id]')).toHaveLength(4);
    await picture('dashboard-sources');
    await page.selectOption('select[name="type"]', 'truemoney');
    await page.click('button:has-text("Search")');
    await page.waitForURL(/type=truemoney/);
    expect(await page.$$('[data-live="list"] tr[data-id]')).toHaveLength(1);

    await openLive('/_sim/ui/shop/refunds');
    await page.waitForSelector(`tr[data-id] a[href$="/charges/${refunded}"]`);
    await picture('dashboard-refunds');
    await openLive('/_sim/ui/shop/events');
    await picture('dashboard-events');

    await openLive('/_sim/ui/shop/deliveries');
    expect(await page.textContent('td.bad')).toBe('500');
    await picture('dashboard-deliveries');
    await page.selectOption('select[name="delivered"]', 'false');
    await page.click('button:has-text("Filter")');
    await page.waitForURL(/delivered=false/);
    expect(await page.$$('tr[data-attempt]')).toHaveLength(1);
    expect(await page.$$('tr[data-attempt] td.ok')).toHaveLength(0);
  } finally {
    await receiver.close();
  }
});
