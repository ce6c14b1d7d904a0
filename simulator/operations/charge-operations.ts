import type { Account } from '../account/account.js';
import { markChargeFailed, markChargePaid } from '../domain/charge/complete-charge.js';
import { type ChargeRequest, createCharge } from '../domain/charge/create-charge.js';
import { expireCharge } from '../domain/charge/expire-charge.js';
import { reverseCharge } from '../domain/charge/reverse-charge.js';
import { type ChargeUpdate, updateCharge } from '../domain/charge/update-charge.js';
import type { DomainContext } from '../domain/context.js';
import { findPaymentMethod } from '../domain/methods/index.js';
import type { ChargeRecord, SourceRecord } from '../domain/records.js';
import { createSource, type SourceRequest } from '../domain/source/create-source.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import {
  type CardChargeSource,
  createCardChargeOperation,
  threeDSecureOperation,
} from './card-charge-operations.js';
import { findCharge, findSource, methodOf } from './find-records.js';
import { recordChargeEvent } from './record-event.js';

/**
 * What is charged: an existing source by id, one made inline from `source[type]` and friends, or a card
 * (a token, or a customer's card).
 */
export type ChargeSource = { readonly id: string } | { readonly inline: SourceRequest } | CardChargeSource;

export function createChargeOperation(
  account: Account,
  request: ChargeRequest,
  from: ChargeSource,
): ChargeRecord {
  if ('capture' in from) {
    return createCardChargeOperation(account, request, from, (charge) => scheduleExpiry(account, charge));
  }
  const ctx = account.context();
  // A refused charge must not shift the ids of a seeded simulator: what it drew is drawn again next.
  const { source, charge } = ctx.ids.undrawnIfThrows(() => buildCharge(account, request, from, ctx));
  account.store.putSource({ ...source, chargeId: charge.id });
  account.store.putCharge(charge);
  recordChargeEvent(account, 'charge.create', charge.id, ctx.now);
  scheduleExpiry(account, charge);
  return charge;
}

function buildCharge(
  account: Account,
  request: ChargeRequest,
  from: { readonly id: string } | { readonly inline: SourceRequest },
  ctx: DomainContext,
): { source: SourceRecord; charge: ChargeRecord } {
  const source: SourceRecord =
    'id' in from ? findSource(account, from.id) : createSource(from.inline, 'inline_charge', ctx);
  const method = findPaymentMethod(source.type);
  if (!method) throw omiseError('invalid_charge', messages.typeNotSupported);
  return { source, charge: createCharge(request, source, method, ctx) };
}

export function markPaidOperation(account: Account, id: string, now = account.clock.now()): ChargeRecord {
  if (findCharge(account, id).card) return threeDSecureOperation(account, id, true, null, now);
  const charge = markChargePaid(findCharge(account, id), account.context(now));
  return saveAndRecord(account, charge, 'charge.complete', now);
}

export function markFailedOperation(
  account: Account,
  id: string,
  failureCode: string | null,
  now = account.clock.now(),
): ChargeRecord {
  const current = findCharge(account, id);
  if (current.card) return threeDSecureOperation(account, id, false, failureCode, now);
  const charge = markChargeFailed(current, methodOf(current), failureCode, account.context(now));
  return saveAndRecord(account, charge, 'charge.complete', now);
}

export function expireOperation(account: Account, id: string, now = account.clock.now()): ChargeRecord {
  return saveAndRecord(account, expireCharge(findCharge(account, id), now), 'charge.expire', now);
}

export function reverseOperation(account: Account, id: string, now = account.clock.now()): ChargeRecord {
  return saveAndRecord(account, reverseCharge(findCharge(account, id), now), 'charge.reverse', now);
}

export function updateOperation(account: Account, id: string, update: ChargeUpdate): ChargeRecord {
  const charge = updateCharge(findCharge(account, id), update);
  return saveAndRecord(account, charge, 'charge.update', account.clock.now());
}

/** The charge's expiry job (made at creation, and again when a snapshot is imported). */
export function scheduleExpiry(account: Account, charge: ChargeRecord): void {
  const { id } = charge; // the job keeps the id, not this version of the charge, until it fires
  account.scheduler.schedule(charge.expiresAt, `expire ${id}`, (at) => expireWhenDue(account, id, at));
}

/** The scheduled expiry: a charge still pending at `expires_at` expires at exactly that time. */
function expireWhenDue(account: Account, id: string, at: number): void {
  if (account.store.charges.get(id)?.status === 'pending') expireOperation(account, id, at);
}

function saveAndRecord(
  account: Account,
  charge: ChargeRecord,
  key: Parameters<typeof recordChargeEvent>[1],
  at: number,
): ChargeRecord {
  account.store.putCharge(charge);
  recordChargeEvent(account, key, charge.id, at);
  return charge;
}
