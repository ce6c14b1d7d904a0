import type { Account } from '../account/account.js';
import { findChargeMethod } from '../domain/methods/index.js';
import type { PaymentMethod } from '../domain/methods/payment-method.js';
import type { ChargeRecord, EventRecord, SourceRecord } from '../domain/records.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';

export function findCharge(account: Account, id: string): ChargeRecord {
  const charge = account.store.charges.get(id);
  if (!charge) throw omiseError('not_found', messages.notFound('charge', id));
  return charge;
}

export function findSource(account: Account, id: string): SourceRecord {
  const source = account.store.sources.get(id);
  if (!source) throw omiseError('not_found', messages.notFound('source', id));
  return source;
}

export function findEvent(account: Account, id: string): EventRecord {
  const event = account.store.events.get(id);
  if (!event) throw omiseError('not_found', messages.notFound('event', id));
  return event;
}

export function methodOf(charge: ChargeRecord): PaymentMethod {
  const method = findChargeMethod(charge.sourceType);
  if (!method) throw new Error(`charge ${charge.id} has unknown source type ${charge.sourceType}`);
  return method;
}
