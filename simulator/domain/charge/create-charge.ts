import type { ErrorCode } from '../../errors/error-codes.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { type DomainContext, wholeSecond } from '../context.js';
import type { PaymentMethod } from '../methods/payment-method.js';
import type { ChargeRecord, DocumentRecord, SourceRecord } from '../records.js';
import { computeFees } from './fees.js';

export interface ChargeRequest {
  readonly amount: number;
  readonly currency: string;
  readonly description: string | null;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly returnUri: string | null;
  readonly expiresAt: number | null;
  readonly ip: string | null;
  readonly webhookEndpoints: readonly string[] | null;
  readonly origin: string;
}

/** A new pending charge of a source that has not been charged yet. */
export function createCharge(
  request: ChargeRequest,
  source: SourceRecord,
  method: PaymentMethod,
  ctx: DomainContext,
): ChargeRecord {
  if (source.chargeId !== null) throw omiseError('invalid_charge', messages.sourceAlreadyUsed);
  if (request.amount !== source.amount || request.currency.toUpperCase() !== source.currency) {
    throw omiseError('invalid_charge', messages.sourceMismatch);
  }
  if (method.chargeRequiresReturnUri && request.returnUri === null) {
    throw omiseError('invalid_charge', messages.returnUriInvalid);
  }
  const id = ctx.ids.next('chrg', ctx.now);
  return {
    id,
    amount: source.amount,
    currency: source.currency,
    sourceId: source.id,
    sourceType: source.type,
    card: null,
    status: 'pending',
    description: request.description,
    metadata: request.metadata,
    returnUri: request.returnUri,
    ip: request.ip,
    ...computeFees(source.amount, {
      ratePercent: method.fee.ratePercent,
      vatPercent: ctx.country.vatPercent,
    }),
    vatPercent: ctx.country.vatPercent,
    fundingCurrency: ctx.country.currency,
    createdAt: ctx.now,
    expiresAt: resolveExpiry(method, request.expiresAt ?? source.requestedExpiresAt, ctx.now),
    paidAt: null,
    expiredAt: null,
    reversedAt: null,
    failureCode: null,
    failureMessage: null,
    transactionId: null,
    refundedAmount: 0,
    voided: false,
    reference: method.authorizeUri ? ctx.ids.next('pay2', ctx.now) : null,
    document: createDocument(method, ctx),
    webhookEndpoints: request.webhookEndpoints,
    origin: request.origin,
  };
}

/** The method's default expiry, or a requested `expires_at` inside its min..max (WeChat Pay MPM: 1 min..2 h). */
export function resolveExpiry(
  method: PaymentMethod,
  requested: number | null,
  now: number,
  code: ErrorCode = 'invalid_charge',
): number {
  const start = wholeSecond(now);
  if (requested === null) return start + method.expiry.defaultSeconds * 1000;
  const seconds = (wholeSecond(requested) - start) / 1000;
  if (seconds < method.expiry.minSeconds || seconds > method.expiry.maxSeconds) {
    throw omiseError(code, messages.expiresAtOutOfRange(method.expiry.minSeconds, method.expiry.maxSeconds));
  }
  return wholeSecond(requested);
}

function createDocument(method: PaymentMethod, ctx: DomainContext): DocumentRecord | null {
  if (method.scannableCode === null) return null;
  // The WeChat Pay UPM seed names its image after an 18-digit number; the QR seeds call it qrcode.svg.
  const filename =
    method.scannableCode === 'payment_code_qr'
      ? `${ctx.ids.digits(18)}.svg`
      : `qrcode.${method.qrImage ?? 'svg'}`;
  return { id: ctx.ids.next('docu', ctx.now), filename, token: ctx.ids.hex(16), createdAt: ctx.now };
}
