// What the OpenAPI document says about each simulated Omise endpoint, the customer pages and the dashboard:
// the routes themselves come from the app (`build-openapi.ts`); this table adds only the words and which
// rendered object each one answers with. A route missing here fails `openapi.test.ts`.
export type ObjectKind =
  | 'charge'
  | 'source'
  | 'refund'
  | 'event'
  | 'list'
  | 'capability'
  | 'token'
  | 'customer'
  | 'card'
  | 'account'
  | 'balance'
  | 'transaction';

export interface OperationText {
  readonly method: string;
  readonly path: string;
  readonly description: string;
  /** The Omise object it answers with; none for control endpoints (plain JSON) and pages (HTML). */
  readonly returns?: ObjectKind;
  readonly auth?: 'public' | 'secret' | 'public_or_secret' | 'none';
  readonly html?: boolean;
  /** Answers server-sent events (`text/event-stream`). */
  readonly eventStream?: boolean;
}

const secret = 'secret' as const;

export const omiseApiOperations: readonly OperationText[] = [
  {
    method: 'POST',
    path: '/tokens',
    description: 'tokenizes a card (the vault, vault.omise.co)',
    returns: 'token',
    auth: 'public_or_secret',
  },
  {
    method: 'GET',
    path: '/tokens/:id',
    description: 'retrieves a token (the vault, vault.omise.co)',
    returns: 'token',
    auth: 'public_or_secret',
  },
  {
    method: 'POST',
    path: '/sources',
    description: 'creates a source',
    returns: 'source',
    auth: 'public_or_secret',
  },
  { method: 'GET', path: '/sources', description: 'lists sources', returns: 'list', auth: secret },
  {
    method: 'GET',
    path: '/sources/:id',
    description: 'retrieves a source',
    returns: 'source',
    auth: 'public_or_secret',
  },
  {
    method: 'POST',
    path: '/customers',
    description: 'creates a customer, attaching the card of a token',
    returns: 'customer',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/customers',
    description: 'lists customers',
    returns: 'list',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/customers/:id',
    description: 'retrieves a customer',
    returns: 'customer',
    auth: secret,
  },
  {
    method: 'PATCH',
    path: '/customers/:id',
    description: 'updates a customer: email, description, metadata, a new card, default_card',
    returns: 'customer',
    auth: secret,
  },
  {
    method: 'DELETE',
    path: '/customers/:id',
    description: 'deletes a customer and its cards',
    returns: 'customer',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/customers/:id/cards',
    description: "lists a customer's cards",
    returns: 'list',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/customers/:id/cards/:card',
    description: "retrieves a customer's card",
    returns: 'card',
    auth: secret,
  },
  {
    method: 'PATCH',
    path: '/customers/:id/cards/:card',
    description: "updates a card's name, expiry and address",
    returns: 'card',
    auth: secret,
  },
  {
    method: 'DELETE',
    path: '/customers/:id/cards/:card',
    description: 'deletes a card',
    returns: 'card',
    auth: secret,
  },
  { method: 'POST', path: '/charges', description: 'creates a charge', returns: 'charge', auth: secret },
  { method: 'GET', path: '/charges', description: 'lists charges', returns: 'list', auth: secret },
  { method: 'GET', path: '/charges/:id', description: 'retrieves a charge', returns: 'charge', auth: secret },
  {
    method: 'PATCH',
    path: '/charges/:id',
    description: "updates a charge's description and metadata",
    returns: 'charge',
    auth: secret,
  },
  {
    method: 'POST',
    path: '/charges/:id/expire',
    description: 'expires a pending charge',
    returns: 'charge',
    auth: secret,
  },
  {
    method: 'POST',
    path: '/charges/:id/capture',
    description: 'captures an uncaptured card authorization, all of it or capture_amount',
    returns: 'charge',
    auth: secret,
  },
  {
    method: 'POST',
    path: '/charges/:id/reverse',
    description: 'reverses a charge',
    returns: 'charge',
    auth: secret,
  },
  {
    method: 'POST',
    path: '/charges/:id/mark_as_paid',
    description: 'test mode: the customer pays',
    returns: 'charge',
    auth: secret,
  },
  {
    method: 'POST',
    path: '/charges/:id/mark_as_failed',
    description: 'test mode: the payment fails (failure_code)',
    returns: 'charge',
    auth: secret,
  },
  {
    method: 'POST',
    path: '/charges/:id/refunds',
    description: 'refunds a charge, fully or partly',
    returns: 'refund',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/charges/:id/refunds',
    description: "lists a charge's refunds",
    returns: 'list',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/charges/:id/refunds/:refundId',
    description: 'retrieves a refund',
    returns: 'refund',
    auth: secret,
  },
  { method: 'GET', path: '/refunds', description: 'lists refunds', returns: 'list', auth: secret },
  { method: 'GET', path: '/events', description: 'lists events', returns: 'list', auth: secret },
  { method: 'GET', path: '/events/:id', description: 'retrieves an event', returns: 'event', auth: secret },
  {
    method: 'GET',
    path: '/charges/:id/events',
    description: "lists a charge's events",
    returns: 'list',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/capability',
    description: 'payment methods and limits of the account',
    returns: 'capability',
    auth: 'public_or_secret',
  },
  { method: 'GET', path: '/account', description: 'retrieves the account', returns: 'account', auth: secret },
  {
    method: 'GET',
    path: '/balance',
    description: 'the balance: net of paid charges less refunds',
    returns: 'balance',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/transactions',
    description: 'lists transactions (a credit per paid charge, a debit per refund)',
    returns: 'list',
    auth: secret,
  },
  {
    method: 'GET',
    path: '/transactions/:id',
    description: 'retrieves a transaction',
    returns: 'transaction',
    auth: secret,
  },
];
