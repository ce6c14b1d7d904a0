import { expect, test } from 'vitest';
import { computeFees } from './fees.js';

test('gives the seed examples fee, fee_vat and net for 150000 at 1.65% plus 7% VAT', () => {
  expect(computeFees(150000, { ratePercent: '1.65', vatPercent: '7.0' })).toEqual({
    fee: 2475,
    feeVat: 173,
    net: 147352,
  });
});

test('charges nothing at a zero rate, as the barcode_wechat seed shows', () => {
  expect(computeFees(400000, { ratePercent: '0.0', vatPercent: '7.0' })).toEqual({
    fee: 0,
    feeVat: 0,
    net: 400000,
  });
});
