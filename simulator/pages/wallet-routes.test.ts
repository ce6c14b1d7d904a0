import { afterEach, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { createCharge, getCharge, secretKey } from '../documents/test-support/qr-test-support.js';
import { messages } from '../errors/messages.js';

let sim: Simulator;
afterEach(() => sim?.close());

function setup(account = 'cafe', type = 'wechat_pay_mpm', extra: Record<string, unknown> = {}) {
  sim = createSimulator();
  return createCharge(sim, account, type, 150000, extra);
}

const form = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
});

async function eventKeys(account: string, chargeId: string): Promise<string[]> {
  const list = (await (
    await sim.request(`/charges/${chargeId}/events`, { headers: secretKey(account) })
  ).json()) as {
    data: { key: string }[];
  };
  return list.data.map((event) => event.key);
}

test('shows merchant, amount, currency, expiry countdown and the pay and fail actions', async () => {
  // Real time stands still here, so the countdown is exact however slowly the machine runs.
  sim = createSimulator({ realNow: () => Date.UTC(2026, 10, 30, 12) });
  const charge = await createCharge(sim, 'cafe', 'wechat_pay_mpm', 150000, { description: 'Latte <large>' });
  const response = await sim.request(`/wallet/${charge.id}`);
  const page = await response.text();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page).toContain('<strong>cafe</strong>');
  expect(page).toContain('<span id="amount">1,500.00</span>');
  expect(page).toContain('<span id="currency">THB</span>');
  expect(page).toContain('Latte &lt;large&gt;');
  expect(page).toContain('id="countdown" data-seconds="7200"');
  expect(page).toContain(`action="/wallet/${charge.id}/pay"`);
  for (const code of [
    'payment_expired',
    'payment_rejected',
    'insufficient_fund',
    'failed_processing',
    'invalid_account',
  ]) {
    expect(page).toContain(`<option value="${code}"`);
  }
});

test('pays the charge as mark_as_paid does, with the same events', async () => {
  const charge = await setup();
  const response = await sim.request(`/wallet/${charge.id}/pay`, { method: 'POST' });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(`/wallet/${charge.id}`);
  const paid = await getCharge(sim, 'cafe', charge.id);
  expect(paid).toMatchObject({ status: 'successful', paid: true, authorized: true });
  expect(paid.transaction).toMatch(/^trxn_test_/);
  expect(await eventKeys('cafe', charge.id)).toEqual(['charge.create', 'charge.complete']);
  expect(await (await sim.request(`/wallet/${charge.id}`)).text()).toContain('Payment successful');
});

test('fails the charge with the chosen failure code, as mark_as_failed does', async () => {
  const charge = await setup();
  const response = await sim.request(`/wallet/${charge.id}/fail`, form('failure_code=insufficient_fund'));
  expect(response.status).toBe(303);
  expect(await getCharge(sim, 'cafe', charge.id)).toMatchObject({
    status: 'failed',
    failure_code: 'insufficient_fund',
    failure_message: 'insufficient funds in the account or the card has reached the credit limit',
  });
  expect(await eventKeys('cafe', charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('shows the API error, not a 500, when paying a finished charge', async () => {
  const charge = await setup();
  await sim.request(`/wallet/${charge.id}/pay`, { method: 'POST' });
  const response = await sim.request(`/wallet/${charge.id}/pay`, { method: 'POST' });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain(messages.chargeAlready('successful'));
  expect(await eventKeys('cafe', charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test("shows the API error for a failure code the method doesn't have", async () => {
  const charge = await setup();
  const response = await sim.request(`/wallet/${charge.id}/fail`, form('failure_code=card_declined'));
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('failure_code is not supported by wechat_pay_mpm');
  expect((await getCharge(sim, 'cafe', charge.id)).status).toBe('pending');
});

test('says an expired charge has expired and offers nothing to pay', async () => {
  const charge = await setup();
  const advance = form('seconds=7200');
  await sim.request('/_sim/clock/advance', {
    ...advance,
    headers: { ...advance.headers, ...secretKey('cafe') },
  });
  const page = await (await sim.request(`/wallet/${charge.id}`)).text();
  expect(page).toContain('data-status="expired"');
  expect(page).toContain('This charge has expired');
  expect(page).not.toContain('id="pay"');
  const response = await sim.request(`/wallet/${charge.id}/pay`, { method: 'POST' });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('(<code>expired_charge</code>)');
});

test('answers an unknown charge with a friendly 404 page', async () => {
  sim = createSimulator();
  for (const request of [
    sim.request('/wallet/chrg_test_nope'),
    sim.request('/wallet/chrg_test_nope/pay', { method: 'POST' }),
  ]) {
    const response = await request;
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Charge chrg_test_nope was not found.');
  }
});

test('sends a TrueMoney charge to its authorize page instead', async () => {
  const charge = await setup('cafe', 'truemoney');
  const response = await sim.request(`/wallet/${charge.id}`);
  expect(response.status).toBe(404);
  const authorizePath = new URL(String(charge.authorize_uri)).pathname;
  expect(await response.text()).toContain(`href="${authorizePath}"`);
});

test("preselects the method's default failure code, as mark_as_failed without one uses", async () => {
  const charge = await setup();
  expect(await (await sim.request(`/wallet/${charge.id}`)).text()).toContain(
    '<option value="payment_rejected" selected>',
  );
});
