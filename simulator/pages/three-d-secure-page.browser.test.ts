import { expect, test } from 'vitest';
import { getCharge } from '../documents/test-support/qr-test-support.js';
import { cardParams } from '../test-support/card-params.js';
import { useBrowserSession } from './test-support/browser-session.js';

// A 3-D Secure card charge's authorize_uri in a real browser: pass or fail authentication, then land on the
// merchant's return_uri (answered by the browser itself: there is no merchant).
const returnUri = 'http://merchant.test/orders/3ds/complete';
const session = useBrowserSession(async (page) => {
  await page.route('http://merchant.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<h1 id="thanks">Back at the shop</h1>' }),
  );
});

async function send(
  path: string,
  key: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const headers = { authorization: `Basic ${btoa(`${key}:`)}`, 'content-type': 'application/json' };
  const response = await session.api.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

async function openThreeDSecurePage() {
  const token = await send('/tokens', 'pkey_test_shop', cardParams('4000000000000002'));
  const charge = await send('/charges', 'skey_test_shop', {
    amount: 250000,
    currency: 'THB',
    card: token.id,
    return_uri: returnUri,
  });
  expect(charge.status).toBe('pending');
  await session.page.goto(String(charge.authorize_uri));
  expect(await session.page.textContent('#amount')).toBe('2,500.00');
  return charge;
}

test('passes authentication, returns to the merchant, and the charge is paid', async () => {
  const charge = await openThreeDSecurePage();
  await session.page.click('#pass');
  await session.page.waitForURL(returnUri);
  expect(await session.page.textContent('#thanks')).toContain('Back at the shop');
  expect(await getCharge(session.api, 'shop', String(charge.id))).toMatchObject({
    status: 'successful',
    paid: true,
  });
});

test('fails authentication with a chosen code and returns to the merchant', async () => {
  const charge = await openThreeDSecurePage();
  await session.page.selectOption('#failure-code', 'insufficient_fund');
  await session.page.click('#fail');
  await session.page.waitForURL(returnUri);
  expect(await getCharge(session.api, 'shop', String(charge.id))).toMatchObject({
    status: 'failed',
    failure_code: 'insufficient_fund',
  });
});
