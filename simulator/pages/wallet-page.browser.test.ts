import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { createSimulator, type RunningServer, type Simulator } from '../create-simulator.js';
import {
  type Api,
  createCharge,
  decodeQr,
  getCharge,
  httpApi,
  secretKey,
} from '../documents/test-support/qr-test-support.js';
import { launchChromium } from './test-support/launch-chromium.js';

// The customer's side in a real browser: scan the POS's QR (decode the PNG), open the URL, tap a button;
// then the merchant's side through the API.
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
});
afterEach(() => page?.close());

async function scan(type: string, amount: number) {
  const charge = await createCharge(api, 'pos', type, amount);
  const png = await (
    await fetch(`${charge.source.scannable_code?.image.download_uri}?format=png`)
  ).arrayBuffer();
  const url = await decodeQr(new Uint8Array(png));
  if (url === null) throw new Error('the QR did not decode');
  return { charge, url };
}

async function eventKeys(chargeId: string): Promise<string[]> {
  const response = await api.request(`/charges/${chargeId}/events`, { headers: secretKey('pos') });
  return ((await response.json()) as { data: { key: string }[] }).data.map((event) => event.key);
}

test('scans the WeChat Pay QR, pays, and the API shows the charge successful', async () => {
  const { charge, url } = await scan('wechat_pay_mpm', 150000);
  expect(url).toBe(`${server.url}/wallet/${charge.id}`);
  await page.goto(url);
  expect(await page.textContent('#merchant')).toContain('pos');
  expect(await page.textContent('#amount')).toBe('1,500.00');
  expect(await page.textContent('#currency')).toBe('THB');
  await page.click('#pay');
  await page.waitForSelector('body[data-status="successful"]');
  expect(await page.textContent('#outcome')).toContain('Payment successful');
  expect(await getCharge(api, 'pos', charge.id)).toMatchObject({ status: 'successful', paid: true });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('scans the Alipay+ QR and fails it with a chosen failure code', async () => {
  const { charge, url } = await scan('alipayplus_mpm', 2500);
  await page.goto(url);
  await page.selectOption('#failure-code', 'insufficient_fund');
  await page.click('#fail');
  await page.waitForSelector('body[data-status="failed"]');
  expect(await page.textContent('#outcome')).toContain('insufficient funds');
  expect(await getCharge(api, 'pos', charge.id)).toMatchObject({
    status: 'failed',
    failure_code: 'insufficient_fund',
  });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('counts down to the expiry, and says so once the charge has expired', async () => {
  const { charge, url } = await scan('wechat_pay_upm', 5000);
  await page.goto(url);
  const before = Number(await page.getAttribute('#countdown', 'data-seconds'));
  await page.waitForFunction(
    (start) => document.getElementById('countdown')?.textContent !== start,
    await page.textContent('#countdown'),
  );
  expect(before).toBeGreaterThan(86000);
  await api.request('/_sim/clock/advance', {
    method: 'POST',
    headers: { ...secretKey('pos'), 'content-type': 'application/json' },
    body: JSON.stringify({ seconds: 86400 }),
  });
  await page.reload();
  expect(await page.getAttribute('body', 'data-status')).toBe('expired');
  expect(await page.$('#pay')).toBeNull();
  expect((await getCharge(api, 'pos', charge.id)).status).toBe('expired');
});

test('shows the QR image on a POS page, as an img tag loads it', async () => {
  const charge = await createCharge(api, 'pos', 'wechat_pay_mpm', 150000);
  await page.goto(`${server.url}/wallet/${charge.id}`);
  const width = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return image.naturalWidth;
  }, charge.source.scannable_code?.image.download_uri ?? '');
  expect(width).toBeGreaterThanOrEqual(355);
});
