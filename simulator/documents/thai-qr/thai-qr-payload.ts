import { crc16CcittFalse } from './crc16-ccitt-false.js';
import { emvcoAmount, emvcoTlv } from './emvco-tlv.js';

/** The Thai QR Payment "bill payment" application id (tag 30), the one merchant acquirers issue codes under. */
export const BILL_PAYMENT_AID = 'A000000677010112';

/**
 * The biller id in tag 30. Omise's real one is not published; this one is well formed (15 digits: a 13-digit
 * tax id and a 2-digit suffix) but all zeros, so a real banking app that scans a simulator QR finds no
 * biller and cannot send real money anywhere.
 */
export const SIMULATED_BILLER_ID = '000000000000000';

export interface ThaiQrBill {
  /** In satang. */
  readonly amount: number;
  /** Reference 1 and 2: upper-case letters and digits, at most 20 each (the bill payment standard's). */
  readonly reference1: string;
  readonly reference2: string;
}

/**
 * A dynamic (single-use) Thai QR Payment bill payment code in the EMVCo merchant-presented format: payload
 * format 01, point of initiation 12, tag 30 (AID, biller id, references), currency 764 (THB), the amount
 * with two decimals, country TH, and the CRC-16/CCITT-FALSE of everything before it including "6304".
 */
export function thaiQrPayload(bill: ThaiQrBill): string {
  const billPayment =
    emvcoTlv('00', BILL_PAYMENT_AID) +
    emvcoTlv('01', SIMULATED_BILLER_ID) +
    emvcoTlv('02', reference(bill.reference1)) +
    emvcoTlv('03', reference(bill.reference2));
  const body =
    emvcoTlv('00', '01') +
    emvcoTlv('01', '12') +
    emvcoTlv('30', billPayment) +
    emvcoTlv('53', '764') +
    emvcoTlv('54', emvcoAmount(bill.amount)) +
    emvcoTlv('58', 'TH');
  return `${body}6304${crc16CcittFalse(`${body}6304`)}`;
}

function reference(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, 20);
}

/** 150000 satang as "1500.00": EMVCo's amount is a decimal string with "." and no grouping. */
