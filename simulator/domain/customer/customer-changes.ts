import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { DomainContext } from '../context.js';
import type { CardRecord, CustomerRecord } from '../records.js';

/** What `POST /customers` and `PATCH /customers/:id` set; `card` is a token id, `defaultCard` a card id. */
export interface CustomerChange {
  readonly email?: string | null;
  readonly description?: string | null;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly card?: string;
  readonly defaultCard?: string;
}

// omise-woocommerce's table of API messages: "email is in invalid format".
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(email: string | null | undefined): void {
  if (email && !EMAIL.test(email)) throw omiseError('bad_request', messages.emailInvalid);
}

export function createCustomer(change: CustomerChange, ctx: DomainContext): CustomerRecord {
  checkEmail(change.email);
  return {
    id: ctx.ids.next('cust', ctx.now),
    email: change.email ?? null,
    description: change.description ?? null,
    metadata: change.metadata ?? {},
    defaultCardId: null,
    createdAt: ctx.now,
    deleted: false,
  };
}

/** The fields a change names, applied; cards are attached by the operation, which holds the vault. */
export function updateCustomer(customer: CustomerRecord, change: CustomerChange): CustomerRecord {
  checkEmail(change.email);
  return {
    ...customer,
    ...(change.email !== undefined && { email: change.email }),
    ...(change.description !== undefined && { description: change.description }),
    ...(change.metadata !== undefined && { metadata: change.metadata }),
  };
}

/**
 * The customer's default card once its cards are these: the one asked for, the current one while it is still
 * there, else the first card left (customers/...-patch.json: deleting the only card leaves `default_card: null`).
 */
export function defaultCardAfter(
  customer: CustomerRecord,
  cards: readonly CardRecord[],
  asked: string | undefined,
): string | null {
  if (asked !== undefined) {
    if (!cards.some((card) => card.id === asked)) {
      throw omiseError('not_found', messages.notFound('card', asked));
    }
    return asked;
  }
  if (cards.some((card) => card.id === customer.defaultCardId)) return customer.defaultCardId;
  return cards[0]?.id ?? null;
}
