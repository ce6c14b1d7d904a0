import type { Account } from '../account/account.js';
import {
  type CustomerChange,
  createCustomer,
  defaultCardAfter,
  updateCustomer,
} from '../domain/customer/customer-changes.js';
import type { CustomerRecord, EventKey } from '../domain/records.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { unusedTokenCard } from './token-operations.js';

export function createCustomerOperation(account: Account, change: CustomerChange): CustomerRecord {
  const ctx = account.context();
  // Checked before an id is drawn: a refused customer must not shift the ids of a seeded simulator.
  const tokenCard = change.card === undefined ? null : unusedTokenCard(account, change.card).card;
  if (change.defaultCard !== undefined && change.defaultCard !== tokenCard?.id) {
    throw omiseError('not_found', messages.notFound('card', change.defaultCard));
  }
  const saved = attachAndChoose(account, createCustomer(change, ctx), change);
  recordCustomerEvent(account, 'customer.create', saved);
  return saved;
}

export function updateCustomerOperation(
  account: Account,
  id: string,
  change: CustomerChange,
): CustomerRecord {
  const current = findCustomer(account, id);
  if (change.card !== undefined) unusedTokenCard(account, change.card);
  const updated = updateCustomer(current, change);
  const saved = attachAndChoose(account, updated, change);
  recordCustomerEvent(account, change.card === undefined ? 'customer.update' : 'customer.update.card', saved);
  return saved;
}

/** Deleting a customer deletes its cards too (customers/...-delete.json shows `deleted: true`, no cards). */
export function deleteCustomerOperation(account: Account, id: string): CustomerRecord {
  const customer = findCustomer(account, id);
  for (const card of account.store.cardsOf(id)) account.store.cards.set(card.id, { ...card, deleted: true });
  const deleted = { ...customer, deleted: true, defaultCardId: null };
  account.store.customers.set(id, deleted);
  recordCustomerEvent(account, 'customer.destroy', deleted);
  return deleted;
}

export function findCustomer(account: Account, id: string): CustomerRecord {
  const customer = account.store.customers.get(id);
  if (!customer || customer.deleted) throw omiseError('not_found', messages.notFound('customer', id));
  return customer;
}

/**
 * Attaches the token's card (the same card id, now under the customer) and settles `default_card`; checks
 * everything before it writes, so a refused change leaves the token, the card and the customer as they were.
 */
function attachAndChoose(account: Account, customer: CustomerRecord, change: CustomerChange): CustomerRecord {
  const added = change.card === undefined ? null : unusedTokenCard(account, change.card);
  const attached = added && { ...added.card, customerId: customer.id };
  const cards = [...account.store.cardsOf(customer.id), ...(attached ? [attached] : [])];
  const saved = { ...customer, defaultCardId: defaultCardAfter(customer, cards, change.defaultCard) };
  if (added && attached) {
    account.store.tokens.set(added.token.id, { ...added.token, used: true });
    account.store.cards.set(attached.id, attached);
  }
  account.store.customers.set(saved.id, saved);
  return saved;
}

/** `customer.*` events carry the customer with its cards as they are now (events-get.json keys). */
export function recordCustomerEvent(account: Account, key: EventKey, customer: CustomerRecord): void {
  const at = account.clock.now();
  account.recordEvent({
    id: account.ids.next('evnt', at),
    key,
    createdAt: at,
    chargeId: customer.id,
    data: { object: 'customer', customer, cards: account.store.cardsOf(customer.id) },
  });
}
