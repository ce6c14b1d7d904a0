import type { ErrorCode } from '../../errors/error-codes.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { resolveExpiry } from '../charge/create-charge.js';
import type { DomainContext } from '../context.js';
import { offeredIn } from '../country/offered-in.js';
import { findPaymentMethod } from '../methods/index.js';
import type { PaymentMethod } from '../methods/payment-method.js';
import type { SourceRecord } from '../records.js';
import { amountProblems, toSentence } from './amount-rules.js';
import { orderDetailsProblems } from './order-details.js';

export interface SourceRequest {
  readonly type: string | null;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly barcode: string | null;
  readonly phoneNumber: string | null;
  /** Atome's order details, as sent (checked, not kept: the source renders `shipping: null`, `items: []`). */
  readonly shipping?: unknown;
  readonly items?: unknown;
  readonly expiresAt: number | null;
  readonly ip: string | null;
}

/**
 * How the source is being made: on its own through `POST /sources`, or inline in `POST /charges`
 * (`source[type]`), which is the only way for the B-scan-C methods.
 */
export type SourceOrigin = 'sources_api' | 'inline_charge';

const PHONE_NUMBER = /^\d{10,11}$/;

export function createSource(request: SourceRequest, via: SourceOrigin, ctx: DomainContext): SourceRecord {
  const code: ErrorCode = via === 'sources_api' ? 'bad_request' : 'invalid_charge';
  const method = sourceMethod(request.type, via, code);
  if (!offeredIn(method, ctx.country)) throw omiseError(code, messages.typeNotSupported);
  if (request.amount === null) throw omiseError(code, messages.cannotBeBlank('amount'));
  if (request.currency === null) throw omiseError(code, messages.cannotBeBlank('currency'));
  const currency = request.currency.toUpperCase();
  const problems = [
    ...amountProblems(method, request.amount, currency, ctx.country.currency),
    ...methodParamProblems(method, request),
  ];
  if (problems.length > 0) throw omiseError(code, toSentence(problems));
  // Checked now, not first at the charge: a deadline outside the method's range (or past) is the source's error.
  if (request.expiresAt !== null) resolveExpiry(method, request.expiresAt, ctx.now, code);
  return {
    id: ctx.ids.next('src', ctx.now),
    type: method.type,
    flow: method.flow,
    amount: request.amount,
    currency,
    createdAt: ctx.now,
    barcode: method.sourceParams.includes('barcode') ? request.barcode : null,
    phoneNumber: method.sourceParams.includes('phone_number') ? request.phoneNumber : null,
    ip: request.ip,
    requestedExpiresAt: request.expiresAt,
    chargeId: null,
  };
}

function sourceMethod(type: string | null, via: SourceOrigin, code: ErrorCode): PaymentMethod {
  if (type === null) throw omiseError(code, messages.cannotBeBlank('type'));
  const method = findPaymentMethod(type);
  if (!method) throw omiseError(code, messages.typeNotSupported);
  if (via === 'sources_api' && !method.sourcesApi)
    throw omiseError(code, messages.sourceTypeChargeOnly(type));
  return method;
}

function methodParamProblems(method: PaymentMethod, request: SourceRequest): string[] {
  const problems: string[] = [];
  if (method.sourceParams.includes('barcode') && !request.barcode) {
    problems.push(messages.cannotBeBlank('barcode'));
  }
  if (method.sourceParams.includes('phone_number') && !PHONE_NUMBER.test(request.phoneNumber ?? '')) {
    problems.push(messages.phoneNumberInvalid);
  }
  problems.push(...orderDetailsProblems(method.sourceParams, request.shipping, request.items));
  return problems;
}
