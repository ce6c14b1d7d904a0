/**
 * Realistic integration bugs, each switchable on the reference merchant: the property-based scenarios must
 * catch every one of them. Each name says what the broken merchant does.
 */
export const merchantBugs = {
  'trusts-webhook-payload': 'uses the charge in the webhook body instead of fetching it from the API',
  'skips-signature-check': 'accepts any webhook without checking Omise-Signature, and trusts its payload',
  'fulfils-on-create': 'treats charge.create as a payment and fulfils the order',
  'double-fulfils-on-duplicate': 'fulfils again each time a successful charge is reported',
  'ignores-failures': 'does nothing when a charge fails',
  'ignores-expiry': 'does nothing when a charge expires',
  'over-refunds': 'books the refund it asked for, even when Omise refused it',
  'loses-out-of-order-events':
    'acts on charge.complete only, and drops it when it arrives before charge.create',
  'swallows-provider-errors':
    'answers a webhook 200 even when fetching the charge failed, so it is never retried',
  'blind-retry':
    'sends a charge or refund again after an unclear failure (5xx, reset, timeout) without looking it up',
  'books-only-own-refunds': 'books only the refunds it made itself, not those staff made in the dashboard',
  'finds-orders-by-metadata':
    "finds a webhook's order by the charge's metadata, so another terminal's charge can settle it",
  'trusts-browser-return': 'marks the order paid when the browser comes back to return_uri',
  'short-expiry-timer': "closes unpaid orders on its own 15-minute timer, shorter than the method's expiry",
  'wrong-currency': 'charges every order in THB, whatever its currency',
} as const;

export type MerchantBug = keyof typeof merchantBugs;
