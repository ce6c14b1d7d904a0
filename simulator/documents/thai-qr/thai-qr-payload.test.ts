import fc from 'fast-check';
import { expect, test } from 'vitest';
import { crc16CcittFalse } from './crc16-ccitt-false.js';
import { readEmvcoTlv } from './emvco-tlv.js';
import { BILL_PAYMENT_AID, SIMULATED_BILLER_ID, thaiQrPayload } from './thai-qr-payload.js';

const bill = { amount: 150000, reference1: '5y4zomdqoboas2g9rds', reference2: '227EE5083E298A73' };

test('computes CRC-16/CCITT-FALSE with its standard check value', () => {
  // The catalogue check value of CRC-16/CCITT-FALSE: the CRC of the ASCII digits 1 to 9 is 0x29B1.
  expect(crc16CcittFalse('123456789')).toBe('29B1');
});

test('writes a dynamic Thai QR bill payment of the amount in baht, in THB, for Thailand', () => {
  const tags = readEmvcoTlv(thaiQrPayload(bill));
  expect(tags && Object.fromEntries(tags)).toMatchObject({
    '00': '01',
    '01': '12',
    '53': '764',
    '54': '1500.00',
    '58': 'TH',
  });
  const billPayment = readEmvcoTlv(tags?.get('30') ?? '');
  expect(billPayment && Object.fromEntries(billPayment)).toEqual({
    '00': BILL_PAYMENT_AID,
    '01': SIMULATED_BILLER_ID,
    '02': '5Y4ZOMDQOBOAS2G9RDS',
    '03': '227EE5083E298A73',
  });
});

test('ends with a tag 63 CRC over everything before it, "6304" included', () => {
  const payload = thaiQrPayload(bill);
  expect(payload.slice(-8, -4)).toBe('6304');
  expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)));
});

test('prints any amount as baht with two decimals and keeps every data object well formed', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 15000000 }), fc.string(), fc.string(), (amount, r1, r2) => {
      const payload = thaiQrPayload({ amount, reference1: r1, reference2: r2 });
      const tags = readEmvcoTlv(payload);
      expect(tags).not.toBeNull();
      expect(Math.round(Number(tags?.get('54')) * 100)).toBe(amount);
      expect(tags?.get('54')).toMatch(/^\d+\.\d{2}$/);
      const references = readEmvcoTlv(tags?.get('30') ?? '');
      for (const id of ['02', '03']) expect(references?.get(id) ?? '').toMatch(/^[0-9A-Z]{0,20}$/);
    }),
  );
});

test('reads a malformed payload as null', () => {
  expect(readEmvcoTlv('0002')).toBeNull();
  expect(readEmvcoTlv('00020100')).toBeNull();
  expect(readEmvcoTlv('0x0201')).toBeNull();
});
