/**
 * A plausible shipping address and one item for `amount`, for the callers that make sources on their own
 * (seeded histories, test helpers, the scenarios' customers) when a method requires them (Atome).
 */
export function exampleOrderDetails(amount: number) {
  return {
    shipping: { street1: '1 Sukhumvit Road', city: 'Bangkok', postal_code: '10110', country: 'TH' },
    items: [{ sku: 'SKU-1', name: 'Order item', amount, quantity: 1 }],
  };
}
