import { crc16CcittFalse } from '../thai-qr/crc16-ccitt-false.js';
import { emvcoAmount, emvcoTlv } from '../thai-qr/emvco-tlv.js';

/**
 * The UEN in the PayNow template. Omise's real one is not used: this one has the local-company shape
 * (year, serial, check letter) but the year 0000, which no registration can have, so a real banking app
 * that scans a simulator QR finds no payee and cannot send real money anywhere.
 */
export const SIMULATED_UEN = '000000000A';

export interface PayNowBill {
  /** In cents. */
  readonly amount: number;
  /** Bill reference (tag 62, sub-tag 01): upper-case letters and digits, at most 25. */
  readonly reference: string;
  /** Epoch ms; the QR's expiry date is its Singapore calendar day. */
  readonly expiresAt: number;
}

/**
 * A dynamic SGQR PayNow code in the EMVCo merchant-presented format: payload format 01, point of initiation
 * 12, tag 26 (`SG.PAYNOW`, proxy type 2 = UEN, the UEN, amount not editable, expiry date), MCC 0000,
 * currency 702 (SGD), the amount with two decimals, country SG, merchant name and city, the bill reference,
 * and the CRC-16/CCITT-FALSE of everything before it including "6304".
 */
export function payNowPayload(bill: PayNowBill): string {
  const payNow =
    emvcoTlv('00', 'SG.PAYNOW') +
    emvcoTlv('01', '2') +
    emvcoTlv('02', SIMULATED_UEN) +
    emvcoTlv('03', '0') +
    emvcoTlv('04', singaporeDate(bill.expiresAt));
  const body =
    emvcoTlv('00', '01') +
    emvcoTlv('01', '12') +
    emvcoTlv('26', payNow) +
    emvcoTlv('52', '0000') +
    emvcoTlv('53', '702') +
    emvcoTlv('54', emvcoAmount(bill.amount)) +
    emvcoTlv('58', 'SG') +
    emvcoTlv('59', 'OMISE SIM') +
    emvcoTlv('60', 'Singapore') +
    emvcoTlv(
      '62',
      emvcoTlv(
        '01',
        bill.reference
          .toUpperCase()
          .replace(/[^0-9A-Z]/g, '')
          .slice(0, 25),
      ),
    );
  return `${body}6304${crc16CcittFalse(`${body}6304`)}`;
}

/** YYYYMMDD of the instant in Singapore (UTC+8, no daylight saving). */
function singaporeDate(epochMs: number): string {
  return new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
}
