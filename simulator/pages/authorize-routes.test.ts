import { afterEach, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { createCharge, getCharge, secretKey } from '../documents/test-support/qr-test-support.js';
import { messages } from '../errors/messages.js';
import { testOtp } from './test-otp.js';

let sim: Simulator;
afterEach(() => sim?.close());

const returnUri = 'http://merchant.test/orders/1/complete';

async function setup() {
  sim = createSimulator();
  const charge = await createCharge(sim, 'shop', 'truemoney', 100000);
  const path = new URL(String(charge.authorize_uri)).pathname;
  const reference = path.split('/')[2] ?? '';
  return { charge, path, base: `/payments/${reference}`, otp: testOtp(reference) };
}

const post = (body = '') => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
});

async function eventKeys(chargeId: string): Promise<string[]> {
  const list = (await (
    await sim.request(`/charges/${chargeId}/events`, { headers: secretKey('shop') })
  ).json()) as {
    data: { key: string }[];
  };
  return list.data.map((event) => event.key);
}

test('shows the charge and the masked phone number, then the OTP step', async () => {
  const { path, base, otp } = await setup();
  const start = await (await sim.request(path)).text();
  expect(start).toContain('<span id="amount">1,000.00</span>');
  expect(start).toContain('••••••5678');
  expect(start).toContain(`action="${base}/otp"`);
  const step = await (await sim.request(`${base}/otp`, post())).text();
  expect(step).toContain(`<code id="test-otp">${otp}</code>`);
  expect(step).toContain('<option value="invalid_account">');
});

test('pays with the right OTP, as mark_as_paid does, and returns to return_uri', async () => {
  const { charge, base, otp } = await setup();
  const response = await sim.request(`${base}/complete`, post(`outcome=successful&otp=${otp}`));
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(returnUri);
  expect(await getCharge(sim, 'shop', charge.id)).toMatchObject({ status: 'successful', paid: true });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('refuses a wrong OTP and leaves the charge pending', async () => {
  const { charge, base } = await setup();
  const response = await sim.request(`${base}/complete`, post('outcome=successful&otp=000000x'));
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(messages.otpIncorrect);
  expect((await getCharge(sim, 'shop', charge.id)).status).toBe('pending');
  expect(await eventKeys(charge.id)).toEqual(['charge.create']);
});

test('marks the charge as failed with the chosen code, and returns to return_uri', async () => {
  const { charge, base } = await setup();
  const response = await sim.request(`${base}/complete`, post('outcome=failed&failure_code=invalid_account'));
  expect(response.headers.get('location')).toBe(returnUri);
  expect(await getCharge(sim, 'shop', charge.id)).toMatchObject({
    status: 'failed',
    failure_code: 'invalid_account',
  });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('shows the API error when completing a finished charge, never a 500', async () => {
  const { base, otp } = await setup();
  await sim.request(`${base}/complete`, post('outcome=failed'));
  const response = await sim.request(`${base}/complete`, post(`outcome=successful&otp=${otp}`));
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(messages.chargeAlready('failed'));
});

test('completes a charge whose stored return_uri no header can carry (a hand-edited snapshot) back on this page', async () => {
  const { charge, path, base, otp } = await setup();
  const snapshot = await (await sim.request('/_sim/snapshot', { headers: secretKey('shop') })).text();
  const edited = snapshot.replace(
    JSON.stringify(returnUri),
    JSON.stringify(`${returnUri}\r\nSet-Cookie: a=b`),
  );
  const put = {
    method: 'PUT',
    headers: { ...secretKey('shop'), 'content-type': 'application/json' },
    body: edited,
  };
  expect((await sim.request('/_sim/snapshot', put)).status).toBe(200);
  const response = await sim.request(`${base}/complete`, post(`outcome=successful&otp=${otp}`));
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(path);
  expect((await getCharge(sim, 'shop', charge.id)).status).toBe('successful');
});

test('refuses an unknown outcome', async () => {
  const { base } = await setup();
  const response = await sim.request(`${base}/complete`, post('outcome=maybe'));
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(messages.invalidField('outcome'));
});

test('shows a finished charge with a link back to the merchant', async () => {
  const { charge, path } = await setup();
  await sim.request(`/charges/${charge.id}/mark_as_paid`, { method: 'POST', headers: secretKey('shop') });
  const page = await (await sim.request(path)).text();
  expect(page).toContain('data-status="successful"');
  expect(page).toContain(`<a id="return" href="${returnUri}">`);
  expect(page).not.toContain('id="send-otp"');
});

test('answers an unknown reference with a friendly 404 page', async () => {
  sim = createSimulator();
  const response = await sim.request('/payments/pay2_test_nope/authorize');
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('Payment pay2_test_nope was not found.');
});
