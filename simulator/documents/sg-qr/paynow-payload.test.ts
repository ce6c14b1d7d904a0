import { expect, test } from 'vitest';
import { crc16CcittFalse } from '../thai-qr/crc16-ccitt-false.js';
import { readEmvcoTlv } from '../thai-qr/emvco-tlv.js';
import { payNowPayload, SIMULATED_UEN } from './paynow-payload.js';

const bill = {
  amount: 400000,
  reference: '5nvdpnapyle90ejudk8',
  // 2021-05-24T10:53:59Z, the recorded PayNow charge's expires_at: 24 May in Singapore too.
  expiresAt: Date.parse('2021-05-24T18:30:00Z'),
};

test('writes a dynamic SGQR PayNow code of the amount in SGD, for Singapore', () => {
  const tags = readEmvcoTlv(payNowPayload(bill));
  expect(tags && Object.fromEntries(tags)).toMatchObject({
    '00': '01',
    '01': '12',
    '52': '0000',
    '53': '702',
    '54': '4000.00',
    '58': 'SG',
    '60': 'Singapore',
  });
  const payNow = readEmvcoTlv(tags?.get('26') ?? '');
  expect(payNow && Object.fromEntries(payNow)).toEqual({
    '00': 'SG.PAYNOW',
    '01': '2',
    '02': SIMULATED_UEN,
    '03': '0',
    // 18:30 UTC is already the next day in Singapore.
    '04': '20210525',
  });
  expect(readEmvcoTlv(tags?.get('62') ?? '')?.get('01')).toBe('5NVDPNAPYLE90EJUDK8');
});

test('ends with a tag 63 CRC over everything before it', () => {
  const payload = payNowPayload(bill);
  expect(payload.slice(-8, -4)).toBe('6304');
  expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)));
});
