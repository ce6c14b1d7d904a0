import type { Account } from '../account/account.js';
import { expiryProblems, joinProblems } from '../domain/card/card-problems.js';
import { defaultCardAfter } from '../domain/customer/customer-changes.js';
import type { CardRecord } from '../domain/records.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { findCustomer } from './customer-operations.js';

/** What `PATCH /customers/:id/cards/:card` may change (omise-go `UpdateCard`). */
export type CardUpdate = Partial<
  Pick<
    CardRecord,
    'name' | 'expirationMonth' | 'expirationYear' | 'city' | 'postalCode' | 'street1' | 'street2' | 'state'
  >
>;

export function findCustomerCard(account: Account, customerId: string, cardId: string): CardRecord {
  findCustomer(account, customerId);
  const card = account.store.cards.get(cardId);
  if (!card || card.deleted || card.customerId !== customerId) {
    throw omiseError('not_found', messages.notFound('card', cardId));
  }
  return card;
}

export function updateCardOperation(
  account: Account,
  customerId: string,
  cardId: string,
  update: CardUpdate,
): CardRecord {
  const card = { ...findCustomerCard(account, customerId, cardId), ...update };
  const problems = expiryProblems(card.expirationMonth, card.expirationYear);
  if (problems.length > 0) throw omiseError('invalid_card', joinProblems(problems));
  account.store.cards.set(card.id, card);
  recordCardEvent(account, 'card.update', card);
  return card;
}

/** A deleted card leaves the customer; the default moves to the first card left, or null. */
export function deleteCardOperation(account: Account, customerId: string, cardId: string): CardRecord {
  const card = { ...findCustomerCard(account, customerId, cardId), deleted: true };
  account.store.cards.set(card.id, card);
  const customer = findCustomer(account, customerId);
  const defaultCardId = defaultCardAfter(customer, account.store.cardsOf(customerId), undefined);
  account.store.customers.set(customerId, { ...customer, defaultCardId });
  recordCardEvent(account, 'card.destroy', card);
  return card;
}

function recordCardEvent(account: Account, key: 'card.update' | 'card.destroy', card: CardRecord): void {
  const at = account.clock.now();
  account.recordEvent({
    id: account.ids.next('evnt', at),
    key,
    createdAt: at,
    chargeId: card.customerId ?? '',
    data: { object: 'card', card },
  });
}
