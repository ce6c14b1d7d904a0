import { createHash } from 'node:crypto';
import type { ChargeRecord, DocumentRecord, SourceRecord } from '../domain/records.js';
import { payNowPayload } from './sg-qr/paynow-payload.js';
import { thaiQrPayload } from './thai-qr/thai-qr-payload.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

type PayloadBuilder = (
  document: DocumentRecord,
  source: SourceRecord | undefined,
  charge: ChargeRecord,
) => string;

// Method-shaped QR contents for `--qr-payload realistic`. Only the shapes are copied; the codes are
// derived from the document (same document, same payload) and mean nothing to a real wallet.
const builders: Readonly<Record<string, PayloadBuilder>> = {
  // WeChat Pay Native (C scan B) code_url: weixin://wxpay/bizpayurl?pr=<7 characters>.
  wechat_pay_mpm: (document) => `weixin://wxpay/bizpayurl?pr=${code(document, 7)}`,
  // Alipay+ order code: an https URL on global.alipay.com with a numeric prefix and an opaque code (assumed).
  alipayplus_mpm: (document) => `https://global.alipay.com/281002040098${code(document, 24)}`,
  // B scan C: the image shows the customer's payment code, the barcode the merchant scanned (assumed).
  wechat_pay_upm: (document, source) => source?.barcode ?? document.filename.replace(/\.svg$/, ''),
  // PromptPay: a Thai QR Payment bill payment code any Thai banking app parses, bound to the charge: its
  // amount, reference 1 the charge id's random part, reference 2 the document's download token.
  promptpay: (document, _source, charge) =>
    thaiQrPayload({
      amount: charge.amount,
      reference1: charge.id.slice(charge.id.lastIndexOf('_') + 1),
      reference2: document.token,
    }),
  // PayNow: an SGQR PayNow code (UEN proxy) of the charge amount, expiring the day the charge does.
  paynow: (_document, _source, charge) =>
    payNowPayload({
      amount: charge.amount,
      reference: charge.id.slice(charge.id.lastIndexOf('_') + 1),
      expiresAt: charge.expiresAt,
    }),
};

// The methods whose real QR is a national interbank standard that any banking app of the country parses
// (Thai QR Payment, SGQR): `auto` mode draws their real payload, since the payload is what the method is.
const INTERBANK = new Set(['promptpay', 'paynow']);

/** A payload shaped like the real method's QR content, or null when the method has no known shape. */
export function realisticPayload(charge: ChargeRecord, source: SourceRecord | undefined): string | null {
  const builder = builders[charge.sourceType];
  return builder && charge.document ? builder(charge.document, source, charge) : null;
}

/** The real payload of a method whose QR is an interbank standard (PromptPay, PayNow), else null. */
export function interbankPayload(charge: ChargeRecord, source: SourceRecord | undefined): string | null {
  return INTERBANK.has(charge.sourceType) ? realisticPayload(charge, source) : null;
}

function code(document: DocumentRecord, length: number): string {
  const bytes = createHash('sha256').update(`${document.id}:${document.token}`).digest();
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62[(bytes[i % bytes.length] ?? 0) % 62];
  return out;
}
