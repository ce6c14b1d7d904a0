import { paymentMethods } from '../domain/methods/index.js';

/** `GET /capability` (omise-php capability-get.json), listing the payment methods the simulator has. */
export function renderCapability(): Record<string, unknown> {
  return {
    object: 'capability',
    location: '/capability',
    banks: [],
    limits: {
      charge_amount: { max: 500000000000, min: 2000 },
      transfer_amount: { max: 100000000000, min: 3000 },
      installment_amount: { min: 200000 },
    },
    payment_methods: paymentMethods.map((method) => ({
      object: 'payment_method',
      name: method.type,
      currencies: Object.keys(method.limits),
      card_brands: null,
      installment_terms: null,
      loan_installment_terms: null,
      banks: [],
      provider: null,
    })),
    country: 'TH',
    tokenization_methods: [],
    zero_interest_installments: false,
  };
}
