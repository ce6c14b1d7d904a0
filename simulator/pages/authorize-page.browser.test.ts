import { expect, test } from 'vitest';
import { createCharge, getCharge, secretKey } from '../documents/test-support/qr-test-support.js';
import { messages } from '../errors/messages.js';
import { useBrowserSession } from './test-support/browser-session.js';

// TrueMoney's authorize_uri in a real browser: send the OTP, type it, confirm (or fail), land on the
// merchant's return_uri (answered by the browser itself: there is no merchant).
const returnUri = 'http://merchant.test/orders/1/complete';
const session = useBrowserSession(async (page) => {
  await page.route('http://merchant.test/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<h1 id="thanks">Thanks for your order</h1>',
    }),
  );
});

async function eventKeys(chargeId: string): Promise<string[]> {
  const response = await session.api.request(`/charges/${chargeId}/events`, { headers: secretKey('shop') });
  return ((await response.json()) as { data: { key: string }[] }).data.map((event) => event.key);
}

async function openAuthorizePage() {
  const charge = await createCharge(session.api, 'shop', 'truemoney', 100000);
  expect(charge.authorize_uri).toMatch(new RegExp(`^${session.url}/payments/pay2_test_\\w+/authorize$`));
  await session.page.goto(String(charge.authorize_uri));
  expect(await session.page.textContent('#amount')).toBe('1,000.00');
  await session.page.click('#send-otp');
  await session.page.waitForSelector('#otp');
  return charge;
}

test('sends the OTP, refuses a wrong one, pays with the right one and returns to the merchant', async () => {
  const charge = await openAuthorizePage();
  await session.page.fill('#otp', '000000');
  await session.page.click('#confirm');
  expect(await session.page.textContent('#error')).toContain(messages.otpIncorrect);
  await session.page.fill('#otp', (await session.page.textContent('#test-otp')) ?? '');
  await session.page.click('#confirm');
  await session.page.waitForURL(returnUri);
  expect(await session.page.textContent('#thanks')).toContain('Thanks');
  expect(await getCharge(session.api, 'shop', charge.id)).toMatchObject({ status: 'successful', paid: true });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('marks the charge as failed with a chosen code and returns to the merchant', async () => {
  const charge = await openAuthorizePage();
  await session.page.selectOption('#failure-code', 'invalid_account');
  await session.page.click('#fail');
  await session.page.waitForURL(returnUri);
  expect(await getCharge(session.api, 'shop', charge.id)).toMatchObject({
    status: 'failed',
    failure_code: 'invalid_account',
  });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('shows a finished charge with a link back, instead of the OTP step', async () => {
  const charge = await createCharge(session.api, 'shop', 'truemoney', 100000);
  await session.api.request(`/charges/${charge.id}/mark_as_paid`, {
    method: 'POST',
    headers: secretKey('shop'),
  });
  await session.page.goto(String(charge.authorize_uri));
  expect(await session.page.getAttribute('body', 'data-status')).toBe('successful');
  expect(await session.page.$('#send-otp')).toBeNull();
  await session.page.click('#return');
  await session.page.waitForURL(returnUri);
});
