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
  if (change.card !== undefined) unusedTokenCard(account, change.card);
  const customer = createCustomer(change, ctx);
  account.store.customers.set(customer.id, customer);
  const saved = attachAndChoose(account, customer, change);
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

/** Attaches the token's card (the same card id, now under the customer) and settles `default_card`. */
function attachAndChoose(account: Account, customer: CustomerRecord, change: CustomerChange): CustomerRecord {
  if (change.card !== undefined) {
    const { token, card } = unusedTokenCard(account, change.card);
    account.store.tokens.set(token.id, { ...token, used: true });
    account.store.cards.set(card.id, { ...card, customerId: customer.id });
  }
  const cards = account.store.cardsOf(customer.id);
  const defaultCardId = defaultCardAfter(customer, cards, change.defaultCard);
  const saved = { ...customer, defaultCardId };
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
