import { afterEach, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { createCharge, getCharge } from '../documents/test-support/qr-test-support.js';

// TrueMoney App Redirection's authorize_uri: the customer confirms in the wallet's app (no OTP), or fails.
let sim: Simulator;
afterEach(() => sim?.close());

const returnUri = 'http://merchant.test/orders/1/complete';

async function setup() {
  sim = createSimulator();
  const charge = await createCharge(sim, 'shop', 'truemoney_jumpapp', 100000);
  const path = new URL(String(charge.authorize_uri)).pathname;
  return { charge, path, base: path.replace(/\/authorize$/, '') };
}

const post = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
});

test('creates a pending app-redirect charge with an authorize_uri, expiring after 3 minutes', async () => {
  const { charge } = await setup();
  expect(charge).toMatchObject({
    status: 'pending',
    return_uri: returnUri,
    source: { flow: 'app_redirect' },
  });
  expect(Date.parse(String(charge.expires_at)) - Date.parse(String(charge.created_at))).toBe(180_000);
});

test('shows a confirm button without an OTP step, and confirming pays and returns to the merchant', async () => {
  const { charge, path, base } = await setup();
  const page = await (await sim.request(path)).text();
  expect(page).toContain('<h1>TrueMoney</h1>');
  expect(page).toContain('id="confirm"');
  expect(page).not.toContain('id="send-otp"');
  const response = await sim.request(`${base}/complete`, post('outcome=successful'));
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(returnUri);
  expect(await getCharge(sim, 'shop', charge.id)).toMatchObject({ status: 'successful', paid: true });
});

test('fails the charge with a chosen failure code and returns to the merchant', async () => {
  const { charge, base } = await setup();
  const response = await sim.request(
    `${base}/complete`,
    post('outcome=failed&failure_code=insufficient_fund'),
  );
  expect(response.headers.get('location')).toBe(returnUri);
  expect(await getCharge(sim, 'shop', charge.id)).toMatchObject({
    status: 'failed',
    failure_code: 'insufficient_fund',
  });
});

test('still asks TrueMoney Wallet (the OTP flow) for its OTP', async () => {
  sim = createSimulator();
  const charge = await createCharge(sim, 'shop', 'truemoney', 100000);
  const base = new URL(String(charge.authorize_uri)).pathname.replace(/\/authorize$/, '');
  expect((await sim.request(`${base}/complete`, post('outcome=successful'))).status).toBe(400);
  expect(await getCharge(sim, 'shop', charge.id)).toMatchObject({ status: 'pending' });
});
