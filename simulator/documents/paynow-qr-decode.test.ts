import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../create-simulator.js';
import { createCharge, decodeQr, downloadPath, secretKey } from './test-support/qr-test-support.js';
import { crc16CcittFalse } from './thai-qr/crc16-ccitt-false.js';
import { readEmvcoTlv } from './thai-qr/emvco-tlv.js';

// A Singapore account's PayNow charge: its document is the recorded `qrcode.png`, and with realistic
// payloads it holds an SGQR PayNow code.
let sim: Simulator;
beforeAll(async () => {
  sim = createSimulator({ qrPayload: 'realistic' });
  await sim.request('/_sim/account', {
    method: 'PATCH',
    headers: { ...secretKey('sg'), 'content-type': 'application/json' },
    body: JSON.stringify({ country: 'SG' }),
  });
});
afterAll(() => sim.close());

test('serves qrcode.png as a PNG that decodes to a PayNow code of the charge amount', async () => {
  const charge = await createCharge(sim, 'sg', 'paynow', 400000, { currency: 'SGD' });
  expect(charge).toMatchObject({ currency: 'SGD', fee: 4000, fee_vat: 0, net: 396000 });
  expect(charge.source.scannable_code?.image.filename).toBe('qrcode.png');
  const response = await sim.request(downloadPath(charge));
  expect(response.headers.get('content-type')).toBe('image/png');
  const payload = (await decodeQr(new Uint8Array(await response.arrayBuffer()))) ?? '';
  expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)));
  const tags = readEmvcoTlv(payload);
  expect(readEmvcoTlv(tags?.get('26') ?? '')?.get('00')).toBe('SG.PAYNOW');
  expect(tags?.get('53')).toBe('702');
  expect(tags?.get('54')).toBe('4000.00');
});

test('expires 7 days after creation, as the recorded PayNow charge', async () => {
  const charge = await createCharge(sim, 'sg', 'paynow', 100, { currency: 'SGD' });
  const days = (Date.parse(String(charge.expires_at)) - Date.parse(String(charge.created_at))) / 86400_000;
  expect(days).toBe(7);
});
