import type { CustomerChange } from '../../domain/customer/customer-changes.js';
import type { CardUpdate } from '../../operations/card-operations.js';
import type { Params } from '../form-params.js';
import { readInteger, readMetadata, readString } from '../param-readers.js';

/** `POST /customers` and `PATCH /customers/:id`: email, description, metadata, card (a token), default_card. */
export function readCustomerChange(params: Params, maxMetadataBytes?: number): CustomerChange {
  const metadata = readMetadata(params, 'bad_request', maxMetadataBytes);
  const card = readString(params, 'card');
  const defaultCard = readString(params, 'default_card');
  return {
    ...('email' in params && { email: readString(params, 'email') }),
    ...('description' in params && { description: readString(params, 'description') }),
    ...(metadata !== null && { metadata }),
    ...(card !== null && { card }),
    ...(defaultCard !== null && { defaultCard }),
  };
}

/** `PATCH /customers/:id/cards/:card`: the holder's name, expiry and billing address. */
export function readCardUpdate(params: Params): CardUpdate {
  const text = (name: string) => readString(params, name) ?? undefined;
  const number = (name: string) => readInteger(params, name) ?? undefined;
  const update: Record<string, unknown> = {
    name: text('name'),
    expirationMonth: number('expiration_month'),
    expirationYear: number('expiration_year'),
    city: text('city'),
    postalCode: text('postal_code'),
    street1: text('street1'),
    street2: text('street2'),
    state: text('state'),
  };
  return Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined)) as CardUpdate;
}
