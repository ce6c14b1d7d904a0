import { afterEach, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { createCharge, getCharge, secretKey } from '../documents/test-support/qr-test-support.js';

// The customer's side of a PromptPay charge: the banking app's confirmation screen is the wallet page.
let sim: Simulator;
afterEach(() => sim?.close());

async function promptpayCharge() {
  // Real time stands still here, so a countdown is exact however slowly the machine runs.
  sim = createSimulator({ realNow: () => Date.UTC(2026, 10, 30, 12) });
  return createCharge(sim, 'shop', 'promptpay', 150000);
}

async function eventKeys(chargeId: string): Promise<string[]> {
  const response = await sim.request(`/charges/${chargeId}/events`, { headers: secretKey('shop') });
  return ((await response.json()) as { data: { key: string }[] }).data.map((event) => event.key);
}

test('shows a PromptPay payment screen with a 24-hour countdown and its failure codes', async () => {
  const charge = await promptpayCharge();
  const page = await (await sim.request(`/wallet/${charge.id}`)).text();
  expect(page).toContain('<h1>PromptPay</h1>');
  expect(page).toContain('<span id="amount">1,500.00</span>');
  expect(page).toContain('id="countdown" data-seconds="86400"');
  for (const code of ['payment_expired', 'payment_rejected', 'failed_processing']) {
    expect(page).toContain(`<option value="${code}"`);
  }
  expect(page).not.toContain('<option value="insufficient_fund"');
});

test('pays the PromptPay charge: successful, with charge.complete', async () => {
  const charge = await promptpayCharge();
  expect((await sim.request(`/wallet/${charge.id}/pay`, { method: 'POST' })).status).toBe(303);
  expect(await getCharge(sim, 'shop', charge.id)).toMatchObject({ status: 'successful', paid: true });
  expect(await eventKeys(charge.id)).toEqual(['charge.create', 'charge.complete']);
});

test('expires the PromptPay charge 24 hours after creation, and then cannot be paid', async () => {
  const charge = await promptpayCharge();
  await sim.request('/_sim/clock/advance', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...secretKey('shop') },
    body: 'seconds=86400',
  });
  expect(await getCharge(sim, 'shop', charge.id)).toMatchObject({ status: 'expired', expired: true });
  expect(await eventKeys(charge.id)).toContain('charge.expire');
  const response = await sim.request(`/wallet/${charge.id}/pay`, { method: 'POST' });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('(<code>expired_charge</code>)');
});
