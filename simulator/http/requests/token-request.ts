import { normalizeCardNumber } from '../../domain/card/card-number.js';
import type { CardDetails } from '../../domain/card/card-problems.js';
import type { CardAddress } from '../../domain/card/create-token.js';
import type { Params } from '../form-params.js';
import { readInteger, readObject, readString } from '../param-readers.js';

/**
 * `POST /tokens`: `card[number]`, `card[name]`, `card[expiration_month]`, `card[expiration_year]`,
 * `card[security_code]` and the billing address (omise-go `CreateToken`, omise-node `tokens.create`). A
 * missing field counts as blank, so the answer lists it with the rest.
 */
export function readTokenRequest(params: Params): { details: CardDetails; address: CardAddress } {
  const card = readObject(params, 'card') ?? {};
  const text = (name: string) => readString(card, name, 'invalid_card');
  const details: CardDetails = {
    number: normalizeCardNumber(text('number') ?? ''),
    name: text('name') ?? '',
    expirationMonth: readInteger(card, 'expiration_month', 'invalid_card'),
    expirationYear: readInteger(card, 'expiration_year', 'invalid_card'),
    // omise-go sends `security_code: ""` when none is given, and its live tests tokenize such cards.
    securityCode: text('security_code') || null,
  };
  const address: CardAddress = {
    city: text('city'),
    postalCode: text('postal_code'),
    street1: text('street1'),
    street2: text('street2'),
    state: text('state'),
    phoneNumber: text('phone_number'),
  };
  return { details, address };
}
