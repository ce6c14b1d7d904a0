import { afterAll, expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { ChargeDirectory } from './charge-directory.js';
import { createCharge, downloadPath, getCharge, secretKey } from './test-support/qr-test-support.js';

const sim = createSimulator();
afterAll(() => sim.close());

test('tells once, when the first charge with a QR document is made, and at once afterwards', async () => {
  const directory = new ChargeDirectory(sim.accounts);
  let told = 0;
  directory.onFirstDocument(() => told++);
  expect(told).toBe(0);
  const charge = await createCharge(sim, 'directory', 'wechat_pay_mpm', 5000);
  expect(told).toBe(1);
  await createCharge(sim, 'directory', 'promptpay', 5000);
  expect(told).toBe(1);
  expect(directory.chargeIdOfDocument(charge.source.scannable_code?.image.id ?? '')).toBe(charge.id);
  let toldLate = 0;
  directory.onFirstDocument(() => toldLate++);
  expect(toldLate).toBe(1);
});

test('keeps a charge id held by two accounts on the customer pages until neither holds it', async () => {
  const charge = await createCharge(sim, 'original', 'promptpay', 5000);
  const snapshot = await (await sim.request('/_sim/snapshot', { headers: secretKey('original') })).text();
  const json = { ...secretKey('copy'), 'content-type': 'application/json' };
  expect((await sim.request('/_sim/snapshot', { method: 'PUT', headers: json, body: snapshot })).status).toBe(
    200,
  );
  // The account that got the id last answers for it...
  await sim.request(`/wallet/${charge.id}/fail`, { method: 'POST' });
  expect((await getCharge(sim, 'copy', charge.id)).status).toBe('failed');
  expect((await getCharge(sim, 'original', charge.id)).status).toBe('pending');
  // ...and resetting it leaves the other's charge on its pages, where it was.
  await sim.request('/_sim/reset', { method: 'POST', headers: secretKey('copy') });
  expect((await sim.request(`/wallet/${charge.id}`)).status).toBe(200);
  expect((await sim.request(downloadPath(charge))).status).toBe(200);
  await sim.request(`/wallet/${charge.id}/pay`, { method: 'POST' });
  expect((await getCharge(sim, 'original', charge.id)).status).toBe('successful');
  await sim.request('/_sim/reset', { method: 'POST', headers: secretKey('original') });
  expect((await sim.request(`/wallet/${charge.id}`)).status).toBe(404);
});
