import { expect, test } from 'vitest';
import { createCharge, decodeQr, getCharge, secretKey } from '../documents/test-support/qr-test-support.js';
import { useBrowserSession } from './test-support/browser-session.js';

// The customer's side in a real browser: scan the POS's QR (decode the PNG), open the URL, tap a button;
// then the merchant's side through the API.
const session = useBrowserSession();

async function scan(type: string, amount: number) {
  const charge = await createCharge(session.api, 'pos', type, amount);
  const png = await (
    await fetch(`${charge.source.scannable_code?.image.download_uri}?format=png`)
  ).arrayBuffer();
  const url = await decodeQr(new Uint8Array(png));
  if (url === null) throw new Error('the QR did not decode');
  return { charge, url };
}

async function eventKeys(chargeId: string): Promise<string[]> {
  const response = await session.api.request(`/charges/${chargeId}/events`, { headers: secretKey('pos') });
  return ((await response.json()) as { data: { key: string }[] }).data.map((event) => event.key);
}

test('scans the WeChat Pay QR, pays, and the API shows the charge successful', async () => {
  const { charge, url } = await scan('wechat_pay_mpm', 150000);
  expect(url).toBe(`${session.url}/wallet/${charge.id}`);
  await session.page.goto(url);
  expect(await session.page.textContent('#merchant')).toContain('pos');
  expect(await session.page.textContent('#amount')).toBe('1,500.00');
  expect(await session.page.textContent('#currency')).toBe('THB');
  await session.page.click('#pay');
  await session.page.waitForSelector('body[data-status="successful"]');
  expect(await session.page.textContent('#outcome')).toContain('Payment successful');
  expect(await getCharge(session.api, 'pos', charge.id)).toMatchObject({ status: 'successful', paid: true });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('scans the PromptPay QR (a Thai QR code), pays from the PromptPay screen, and the API shows it successful', async () => {
  // What a banking app reads: the Thai QR Payment code with the amount; its confirmation screen is the wallet page.
  const { charge, url: code } = await scan('promptpay', 35000);
  expect(code).toMatch(/^000201010212.*540[0-9]350\.005802TH6304[0-9A-F]{4}$/);
  await session.page.goto(`${session.url}/wallet/${charge.id}`);
  expect(await session.page.textContent('h1')).toBe('PromptPay');
  expect(await session.page.textContent('#amount')).toBe('350.00');
  await session.page.click('#pay');
  await session.page.waitForSelector('body[data-status="successful"]');
  expect(await getCharge(session.api, 'pos', charge.id)).toMatchObject({ status: 'successful', paid: true });
});

test('scans the Alipay+ QR and fails it with a chosen failure code', async () => {
  const { charge, url } = await scan('alipayplus_mpm', 2500);
  await session.page.goto(url);
  await session.page.selectOption('#failure-code', 'insufficient_fund');
  await session.page.click('#fail');
  await session.page.waitForSelector('body[data-status="failed"]');
  expect(await session.page.textContent('#outcome')).toContain('insufficient funds');
  expect(await getCharge(session.api, 'pos', charge.id)).toMatchObject({
    status: 'failed',
    failure_code: 'insufficient_fund',
  });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('counts down to the expiry, and says so once the charge has expired', async () => {
  const { charge, url } = await scan('wechat_pay_upm', 5000);
  await session.page.goto(url);
  const before = Number(await session.page.getAttribute('#countdown', 'data-seconds'));
  await session.page.waitForFunction(
    (start) => document.getElementById('countdown')?.textContent !== start,
    await session.page.textContent('#countdown'),
  );
  expect(before).toBeGreaterThan(86000);
  await session.api.request('/_sim/clock/advance', {
    method: 'POST',
    headers: { ...secretKey('pos'), 'content-type': 'application/json' },
    body: JSON.stringify({ seconds: 86400 }),
  });
  await session.page.reload();
  expect(await session.page.getAttribute('body', 'data-status')).toBe('expired');
  expect(await session.page.$('#pay')).toBeNull();
  expect((await getCharge(session.api, 'pos', charge.id)).status).toBe('expired');
});

test('shows the QR image on a POS page, as an img tag loads it', async () => {
  const charge = await createCharge(session.api, 'pos', 'wechat_pay_mpm', 150000);
  await session.page.goto(`${session.url}/wallet/${charge.id}`);
  const width = await session.page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return image.naturalWidth;
  }, charge.source.scannable_code?.image.download_uri ?? '');
  expect(width).toBeGreaterThanOrEqual(355);
});
