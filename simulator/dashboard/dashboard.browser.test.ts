import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { createCharge, getCharge, secretKey } from '../documents/test-support/qr-test-support.js';
import { useBrowserSession } from '../pages/test-support/browser-session.js';
import { dashboardPicture } from './test-support/dashboard-picture.js';

// The dashboard in a real browser with JavaScript turned off: links and form posts do everything; each
// action's effect is checked through the API. With OMISE_SIM_SCREENSHOTS=<dir> it also saves the README's
// pictures there. dashboard-live.browser.test.ts has JavaScript on: the pages update themselves.
const session = useBrowserSession(undefined, { javaScriptEnabled: false });
const picture = (name: string) => dashboardPicture(session.page, name);

/** A URL nothing listens on: a server's port, closed again. */
async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}/webhooks/omise`;
}

/** Waits (within the test's timeout) until the charge has a logged webhook attempt. */
async function untilAttemptLogged(account: string, chargeId: string): Promise<void> {
  for (;;) {
    const response = await session.api.request(`/_sim/deliveries?charge=${chargeId}`, {
      headers: secretKey(account),
    });
    if (((await response.json()) as { total: number }).total > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('a browser opening the simulator finds the account, searches a charge by metadata and marks it paid', async () => {
  const other = await createCharge(session.api, 'qa', 'wechat_pay_upm', 150000);
  const charge = await createCharge(session.api, 'qa', 'wechat_pay_mpm', 42000, {
    metadata: { order: 'ORD-7' },
  });
  await session.page.goto(`${session.url}/`);
  expect(new URL(session.page.url()).pathname).toBe('/_sim/ui');
  await picture('dashboard-accounts');
  await session.page.click('a[href="/_sim/ui/qa"]');
  await session.page.fill('input[name="q"]', 'ORD-7');
  await session.page.click('button:has-text("Search")');
  await session.page.waitForSelector(`tr[data-charge="${charge.id}"]`);
  expect(await session.page.$(`tr[data-charge="${other.id}"]`)).toBeNull();
  const receiver = await refusingUrl();
  await session.page.fill('input[name="url"]', receiver);
  await session.page.click('button:has-text("Send webhooks here")');
  await session.page.waitForSelector(`code:has-text("${receiver}")`);
  await picture('dashboard-charges');
  await session.page.click(`a[href$="/charges/${charge.id}"]`);
  await session.page.click('button:has-text("Mark paid")');
  await session.page.waitForSelector('[data-status="successful"]');
  expect(await getCharge(session.api, 'qa', charge.id)).toMatchObject({ status: 'successful', paid: true });
  // The delivery to a port nothing listens on fails; its attempt shows on the charge's page once it is logged.
  await untilAttemptLogged('qa', charge.id);
  await session.page.reload();
  expect(await session.page.textContent('td.bad')).toBe('no answer');
  await picture('dashboard-charge');
});

test('marks a charge failed with the chosen code, then refunds a paid one from its page', async () => {
  const failing = await createCharge(session.api, 'qa2', 'alipayplus_mpm', 2500);
  await session.page.goto(`${session.url}/_sim/ui/qa2/charges/${failing.id}`);
  await session.page.selectOption('#failure-code', 'insufficient_fund');
  await session.page.click('button:has-text("Mark failed")');
  await session.page.waitForSelector('[data-status="failed"]');
  expect(await getCharge(session.api, 'qa2', failing.id)).toMatchObject({
    status: 'failed',
    failure_code: 'insufficient_fund',
  });
  const paid = await createCharge(session.api, 'qa2', 'wechat_pay_mpm', 30000);
  await session.api.request(`/charges/${paid.id}/mark_as_paid`, {
    method: 'POST',
    headers: secretKey('qa2'),
  });
  await session.page.goto(`${session.url}/_sim/ui/qa2/charges/${paid.id}`);
  await session.page.fill('input[name="amount"]', '10000');
  await session.page.click('button:has-text("Refund")');
  await session.page.waitForSelector('[data-status="successful"]');
  expect(await getCharge(session.api, 'qa2', paid.id)).toMatchObject({ refunded_amount: 10000 });
});
