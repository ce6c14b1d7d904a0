import { afterAll, expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { ChargeDirectory } from './charge-directory.js';
import { createCharge } from './test-support/qr-test-support.js';

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
