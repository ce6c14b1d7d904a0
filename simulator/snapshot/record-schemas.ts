// What each record of a snapshot file must look like. The schemas are typed against the domain records, so a
// field added to a record does not compile until its check is added here.
import { findChargeMethod, findPaymentMethod } from '../domain/methods/index.js';
import type {
  CardCharge,
  CardRecord,
  ChargeRecord,
  ChargeSnapshot,
  CustomerRecord,
  DocumentRecord,
  EventRecord,
  RefundRecord,
  SourceRecord,
  TokenRecord,
} from '../domain/records.js';
import type { DeliveryAttempt } from '../webhooks/delivery/delivery-attempt.js';
import { FAULT_NAMES } from '../webhooks/faults/fault-config.js';
import type { FaultPlan } from '../webhooks/faults/plan-faults.js';
import {
  type FieldCheck,
  isBoolean,
  isCount,
  isHash,
  isString,
  isTime,
  isWholeNumber,
  listOf,
  nullable,
  oneOf,
  type RecordSchema,
  shaped,
} from './field-checks.js';
import type { PendingDelivery } from './snapshot-file.js';

const idOf =
  (prefix: string): FieldCheck =>
  (value) =>
    isString(value) && (value as string).startsWith(`${prefix}_`);
const isAmount: FieldCheck = (value) => isWholeNumber(value) && (value as number) >= 0;
const isSourceType: FieldCheck = (value) =>
  isString(value) && findPaymentMethod(value as string) !== undefined;
const isChargeType: FieldCheck = (value) =>
  isString(value) && findChargeMethod(value as string) !== undefined;
const isCurrency: FieldCheck = (value) => isString(value) && /^[A-Z]{3}$/.test(value as string);
const isStringHash: FieldCheck = (value) => isHash(value) && Object.values(value as object).every(isString);

export const sourceSchema: RecordSchema<SourceRecord> = {
  id: idOf('src'),
  type: isSourceType,
  flow: isString,
  amount: isAmount,
  currency: isCurrency,
  createdAt: isTime,
  barcode: nullable(isString),
  phoneNumber: nullable(isString),
  ip: nullable(isString),
  requestedExpiresAt: nullable(isTime),
  chargeId: nullable(idOf('chrg')),
};

const documentSchema: RecordSchema<DocumentRecord> = {
  id: idOf('docu'),
  filename: isString,
  token: isString,
  createdAt: isTime,
};

const cardChargeSchema: RecordSchema<CardCharge> = {
  cardId: idOf('card'),
  customerId: nullable(idOf('cust')),
  capture: isBoolean,
  authorizedAt: nullable(isTime),
  capturedAmount: nullable(isAmount),
  pendingFailureCode: nullable(isString),
};

export const cardSchema: RecordSchema<CardRecord> = {
  id: idOf('card'),
  customerId: nullable(idOf('cust')),
  brand: isString,
  bank: isString,
  country: isString,
  financing: isString,
  fingerprint: isString,
  lastDigits: isString,
  name: isString,
  expirationMonth: isWholeNumber,
  expirationYear: isWholeNumber,
  city: nullable(isString),
  postalCode: nullable(isString),
  street1: nullable(isString),
  street2: nullable(isString),
  state: nullable(isString),
  phoneNumber: nullable(isString),
  securityCodeCheck: isBoolean,
  createdAt: isTime,
  deleted: isBoolean,
  failureCode: nullable(isString),
  threeDSecure: isBoolean,
};

export const tokenSchema: RecordSchema<TokenRecord> = {
  id: idOf('tokn'),
  cardId: idOf('card'),
  used: isBoolean,
  chargeId: nullable(idOf('chrg')),
  createdAt: isTime,
};

export const customerSchema: RecordSchema<CustomerRecord> = {
  id: idOf('cust'),
  email: nullable(isString),
  description: nullable(isString),
  metadata: isHash,
  defaultCardId: nullable(idOf('card')),
  createdAt: isTime,
  deleted: isBoolean,
};

export const chargeSchema: RecordSchema<ChargeRecord> = {
  id: idOf('chrg'),
  amount: isAmount,
  currency: isCurrency,
  sourceId: nullable(idOf('src')),
  sourceType: isChargeType,
  card: nullable(shaped(cardChargeSchema)),
  status: oneOf(['pending', 'successful', 'failed', 'expired', 'reversed']),
  description: nullable(isString),
  metadata: isHash,
  returnUri: nullable(isString),
  ip: nullable(isString),
  fee: isAmount,
  feeVat: isAmount,
  net: isWholeNumber,
  vatPercent: (value) => isString(value) && /^\d{1,3}(\.\d+)?$/.test(value as string),
  fundingCurrency: isCurrency,
  createdAt: isTime,
  expiresAt: isTime,
  paidAt: nullable(isTime),
  expiredAt: nullable(isTime),
  reversedAt: nullable(isTime),
  failureCode: nullable(isString),
  failureMessage: nullable(isString),
  transactionId: nullable(isString),
  refundedAmount: isAmount,
  voided: isBoolean,
  reference: nullable(isString),
  document: nullable(shaped(documentSchema)),
  webhookEndpoints: nullable(listOf(isString)),
  origin: isString,
};

export const refundSchema: RecordSchema<RefundRecord> = {
  id: idOf('rfnd'),
  chargeId: idOf('chrg'),
  amount: isAmount,
  currency: isCurrency,
  createdAt: isTime,
  transactionId: isString,
  voided: isBoolean,
  metadata: isHash,
};

const chargeSnapshotSchema: RecordSchema<ChargeSnapshot> = {
  charge: shaped(chargeSchema),
  source: nullable(shaped(sourceSchema)),
  card: nullable(shaped(cardSchema)),
  refunds: listOf(shaped(refundSchema)),
};

const isEventData: FieldCheck = (value) => {
  if (!isHash(value)) return false;
  const data = value as Record<string, unknown>;
  if (data.object === 'charge') return shaped(chargeSnapshotSchema)(data.snapshot);
  if (data.object === 'customer') {
    return shaped(customerSchema)(data.customer) && listOf(shaped(cardSchema))(data.cards);
  }
  if (data.object === 'card') return shaped(cardSchema)(data.card);
  return data.object === 'refund' && shaped(refundSchema)(data.refund);
};

export const eventSchema: RecordSchema<EventRecord> = {
  id: idOf('evnt'),
  key: oneOf([
    'charge.create',
    'charge.update',
    'charge.complete',
    'charge.expire',
    'charge.reverse',
    'charge.capture',
    'refund.create',
    'customer.create',
    'customer.update',
    'customer.destroy',
    'customer.update.card',
    'card.update',
    'card.destroy',
  ]),
  createdAt: isTime,
  chargeId: (value) => idOf('chrg')(value) || idOf('cust')(value),
  data: isEventData,
};

const isKind = oneOf(['event', 'duplicate', 'replay']);

export const attemptSchema: RecordSchema<DeliveryAttempt> = {
  id: idOf('whdl'),
  eventId: idOf('evnt'),
  chargeId: idOf('chrg'),
  key: isString,
  uri: isString,
  delivery: isCount,
  kind: isKind,
  attempt: isCount,
  createdAt: isTime,
  status: nullable(isWholeNumber),
  error: nullable(isString),
  delivered: isBoolean,
  payload: isString,
  headers: isStringHash,
  signature: isString,
  signatureTimestamp: isWholeNumber,
  faults: listOf(isString),
  nextRetryAt: nullable(isTime),
  responseBody: nullable(isString),
  durationMs: (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0,
};

const planSchema: RecordSchema<FaultPlan> = {
  copies: isCount,
  holdMs: nullable(isCount),
  delayMs: isCount,
  dropAttempts: isCount,
  stale: isBoolean,
  badSignatureAttempts: isCount,
  oldTimestamp: nullable(
    shaped({ seconds: (v: unknown) => typeof v === 'number' && v >= 0, attempts: isCount }),
  ),
  faults: listOf(oneOf(FAULT_NAMES)),
};

export const pendingDeliverySchema: RecordSchema<PendingDelivery> = {
  number: isCount,
  event_id: idOf('evnt'),
  url: isString,
  secret: nullable(isString),
  payload: isString,
  kind: isKind,
  plan: shaped(planSchema),
  group: isString,
  first_due_at: isTime,
  hold_until: nullable(isTime),
  state: oneOf(['scheduled', 'held', 'queued']),
  attempts: isCount,
  next_at: nullable(isTime),
};
