import type { Account } from '../account/account.js';
import type { CardDetails } from '../domain/card/card-problems.js';
import { type CardAddress, createToken } from '../domain/card/create-token.js';
import type { CardRecord, TokenRecord } from '../domain/records.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';

export function createTokenOperation(
  account: Account,
  details: CardDetails,
  address: CardAddress,
): TokenRecord {
  const { token, card } = createToken(details, address, account.context());
  account.store.cards.set(card.id, card);
  account.store.tokens.set(token.id, token);
  return token;
}

export function findToken(account: Account, id: string): TokenRecord {
  const token = account.store.tokens.get(id);
  if (!token) throw omiseError('not_found', messages.notFound('token', id));
  return token;
}

/** The card behind a token that has not been used yet (a charge or a customer uses it up). */
export function unusedTokenCard(account: Account, id: string): { token: TokenRecord; card: CardRecord } {
  const token = findToken(account, id);
  if (token.used) throw omiseError('used_token', messages.tokenAlreadyUsed);
  return { token, card: cardOf(account, token.cardId) };
}

export function cardOf(account: Account, id: string): CardRecord {
  const card = account.store.cards.get(id);
  if (!card) throw new Error(`card ${id} is missing from its account`);
  return card;
}
