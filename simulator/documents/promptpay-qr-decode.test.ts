import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { createCharge, decodeQr, downloadPath } from './test-support/qr-test-support.js';
import { crc16CcittFalse } from './thai-qr/crc16-ccitt-false.js';
import { readEmvcoTlv } from './thai-qr/emvco-tlv.js';

// What a Thai banking app checks when it scans the PromptPay QR the simulator serves (realistic payloads).
let sim: Simulator;
beforeAll(() => {
  sim = createSimulator({ qrPayload: 'realistic' });
});
afterAll(() => sim.close());

async function scan(path: string): Promise<string> {
  return (await decodeQr(new Uint8Array(await (await sim.request(path)).arrayBuffer()))) ?? '';
}

test('decodes to a Thai QR bill payment of the charge amount with a valid CRC, in PNG and SVG', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 2000, max: 15000000 }), async (amount) => {
      const charge = await createCharge(sim, 'promptpay', 'promptpay', amount);
      const payload = await scan(downloadPath(charge, '?format=png'));
      expect(await scan(downloadPath(charge))).toBe(payload);
      expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)));
      const tags = readEmvcoTlv(payload);
      expect(tags?.get('01')).toBe('12');
      expect(tags?.get('53')).toBe('764');
      expect(tags?.get('58')).toBe('TH');
      expect(Math.round(Number(tags?.get('54')) * 100)).toBe(amount);
    }),
    { numRuns: 8 },
  );
});

test('binds the code to its charge: reference 1 is the charge id, reference 2 the download token', async () => {
  const charge = await createCharge(sim, 'promptpay', 'promptpay', 150000);
  const billPayment = readEmvcoTlv(readEmvcoTlv(await scan(downloadPath(charge)))?.get('30') ?? '');
  const token = charge.source.scannable_code?.image.download_uri.split('/').pop() ?? '';
  expect(billPayment?.get('00')).toBe('A000000677010112');
  expect(billPayment?.get('02')).toBe(charge.id.replace('chrg_test_', '').toUpperCase());
  expect(billPayment?.get('03')).toBe(token.toUpperCase());
});
