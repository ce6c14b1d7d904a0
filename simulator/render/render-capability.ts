import type { AccountCountry } from '../domain/country/account-country.js';
import { offeredIn } from '../domain/country/offered-in.js';
import { paymentMethods } from '../domain/methods/index.js';
import { renderCardCapability } from './render-card-capability.js';

/**
 * `GET /capability` in the shape of omise-php's 2025 capability-get.json: the account country's banks and
 * tokenization methods (the recording's, for a Thai account), and the simulated methods that country offers,
 * each in the country's currency.
 */
export function renderCapability(country: AccountCountry): Record<string, unknown> {
  return {
    object: 'capability',
    location: '/capability',
    banks: country.banks,
    limits: {
      charge_amount: { max: 500000000000, min: 2000 },
      transfer_amount: { max: 100000000000, min: 3000 },
      installment_amount: { min: 200000 },
    },
    payment_methods: [
      renderCardCapability(),
      ...paymentMethods
        .filter((method) => offeredIn(method, country))
        .map((method) => ({
          object: 'payment_method',
          name: method.type,
          currencies: [country.currency],
          card_brands: null,
          installment_terms: null,
          loan_installment_terms: null,
          banks: [],
          provider: null,
        })),
    ],
    country: country.code,
    tokenization_methods: country.tokenizationMethods,
    zero_interest_installments: false,
  };
}
