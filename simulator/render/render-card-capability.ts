import { card } from '../domain/methods/card.js';

/**
 * The `card` entry of `GET /capability`, first in the list as in omise-php's 2025 capability-get.json: the
 * currencies cards are charged in and the brands the account takes (Diners Club and Discover test numbers
 * tokenize and charge, but a Thai account does not list them).
 */
export function renderCardCapability(): Record<string, unknown> {
  return {
    object: 'payment_method',
    name: card.type,
    currencies: Object.keys(card.limits),
    card_brands: ['JCB', 'Visa', 'MasterCard', 'American Express', 'UnionPay'],
    installment_terms: null,
    loan_installment_terms: null,
    banks: [],
    provider: null,
  };
}
