import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { createSimulator, type RunningServer, type Simulator } from '../create-simulator.js';
import {
  type Api,
  createCharge,
  getCharge,
  httpApi,
  secretKey,
} from '../documents/test-support/qr-test-support.js';
import { messages } from '../errors/messages.js';
import { launchChromium } from './test-support/launch-chromium.js';

// TrueMoney's authorize_uri in a real browser: send the OTP, type it, confirm (or fail), land on the
// merchant's return_uri (answered by the browser itself: there is no merchant).
const returnUri = 'http://merchant.test/orders/1/complete';
let sim: Simulator;
let server: RunningServer;
let api: Api;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  sim = createSimulator();
  server = await sim.listen({ port: 0 });
  api = httpApi(server.url);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sim?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await page.route('http://merchant.test/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<h1 id="thanks">Thanks for your order</h1>',
    }),
  );
});
afterEach(() => page?.close());

async function eventKeys(chargeId: string): Promise<string[]> {
  const response = await api.request(`/charges/${chargeId}/events`, { headers: secretKey('shop') });
  return ((await response.json()) as { data: { key: string }[] }).data.map((event) => event.key);
}

async function openAuthorizePage() {
  const charge = await createCharge(api, 'shop', 'truemoney', 100000);
  expect(charge.authorize_uri).toMatch(new RegExp(`^${server.url}/payments/pay2_test_\\w+/authorize$`));
  await page.goto(String(charge.authorize_uri));
  expect(await page.textContent('#amount')).toBe('1,000.00');
  await page.click('#send-otp');
  await page.waitForSelector('#otp');
  return charge;
}

test('sends the OTP, refuses a wrong one, pays with the right one and returns to the merchant', async () => {
  const charge = await openAuthorizePage();
  await page.fill('#otp', '000000');
  await page.click('#confirm');
  expect(await page.textContent('#error')).toContain(messages.otpIncorrect);
  await page.fill('#otp', (await page.textContent('#test-otp')) ?? '');
  await page.click('#confirm');
  await page.waitForURL(returnUri);
  expect(await page.textContent('#thanks')).toContain('Thanks');
  expect(await getCharge(api, 'shop', charge.id)).toMatchObject({ status: 'successful', paid: true });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('marks the charge as failed with a chosen code and returns to the merchant', async () => {
  const charge = await openAuthorizePage();
  await page.selectOption('#failure-code', 'invalid_account');
  await page.click('#fail');
  await page.waitForURL(returnUri);
  expect(await getCharge(api, 'shop', charge.id)).toMatchObject({
    status: 'failed',
    failure_code: 'invalid_account',
  });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('shows a finished charge with a link back, instead of the OTP step', async () => {
  const charge = await createCharge(api, 'shop', 'truemoney', 100000);
  await api.request(`/charges/${charge.id}/mark_as_paid`, { method: 'POST', headers: secretKey('shop') });
  await page.goto(String(charge.authorize_uri));
  expect(await page.getAttribute('body', 'data-status')).toBe('successful');
  expect(await page.$('#send-otp')).toBeNull();
  await page.click('#return');
  await page.waitForURL(returnUri);
});
