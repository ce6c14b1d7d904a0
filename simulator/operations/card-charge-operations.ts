import type { Account } from '../account/account.js';
import { captureCharge, completeThreeDSecure } from '../domain/charge/capture-charge.js';
import { type CardChargeTerms, createCardCharge } from '../domain/charge/create-card-charge.js';
import type { ChargeRequest } from '../domain/charge/create-charge.js';
import type { ChargeRecord } from '../domain/records.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { findCustomerCard } from './card-operations.js';
import { findCustomer } from './customer-operations.js';
import { findCharge } from './find-records.js';
import { recordChargeEvent } from './record-event.js';
import { unusedTokenCard } from './token-operations.js';

/** A card charge's card: a token (used up by the charge), or a customer's card (its default unless named). */
export interface CardChargeSource {
  readonly card: string | null;
  readonly customer: string | null;
  readonly capture: boolean;
}

export function createCardChargeOperation(
  account: Account,
  request: ChargeRequest,
  from: CardChargeSource,
  scheduleExpiry: (charge: ChargeRecord) => void,
): ChargeRecord {
  const ctx = account.context();
  const terms = chargeTerms(account, from);
  // A refused charge must not shift the ids of a seeded simulator: what it drew is drawn again next.
  const charge = ctx.ids.undrawnIfThrows(() => createCardCharge(request, terms, ctx));
  if (from.customer === null && from.card !== null) {
    const { token } = unusedTokenCard(account, from.card);
    account.store.tokens.set(token.id, { ...token, used: true, chargeId: charge.id });
  }
  account.store.putCharge(charge);
  recordChargeEvent(account, 'charge.create', charge.id, ctx.now);
  scheduleExpiry(charge);
  return charge;
}

function chargeTerms(account: Account, from: CardChargeSource): CardChargeTerms {
  if (from.customer === null) {
    const { card } = unusedTokenCard(account, from.card ?? '');
    return { card, customerId: null, capture: from.capture };
  }
  const customer = findCustomer(account, from.customer);
  const cardId = from.card ?? customer.defaultCardId;
  if (cardId === null) throw omiseError('invalid_charge', messages.customerHasNoCard);
  return {
    card: findCustomerCard(account, customer.id, cardId),
    customerId: customer.id,
    capture: from.capture,
  };
}

export function captureOperation(account: Account, id: string, captureAmount: number | null): ChargeRecord {
  const now = account.clock.now();
  const charge = captureCharge(findCharge(account, id), captureAmount, account.context(now));
  account.store.putCharge(charge);
  recordChargeEvent(account, 'charge.capture', charge.id, now);
  return charge;
}

/** The authorize page's answer for a card charge waiting on 3-D Secure; `charge.complete` like other methods. */
export function threeDSecureOperation(
  account: Account,
  id: string,
  passed: boolean,
  failureCode: string | null,
  now = account.clock.now(),
): ChargeRecord {
  const charge = completeThreeDSecure(findCharge(account, id), passed, failureCode, account.context(now));
  account.store.putCharge(charge);
  recordChargeEvent(account, 'charge.complete', charge.id, now);
  return charge;
}
