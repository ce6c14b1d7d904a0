import { createHash } from 'node:crypto';
import { omiseError } from '../../errors/omise-error.js';
import type { DomainContext } from '../context.js';
import type { CardRecord, TokenRecord } from '../records.js';
import { cardBrand } from './card-number.js';
import { type CardDetails, cardProblems, joinProblems } from './card-problems.js';
import { testCardIssuer, testCardOutcome } from './test-cards.js';

/** The card fields of `POST /tokens` beyond what is validated. */
export interface CardAddress {
  readonly city: string | null;
  readonly postalCode: string | null;
  readonly street1: string | null;
  readonly street2: string | null;
  readonly state: string | null;
  readonly phoneNumber: string | null;
}

/** A one-use token and the card it holds, or `invalid_card` listing everything wrong with the card. */
export function createToken(
  details: CardDetails,
  address: CardAddress,
  ctx: DomainContext,
): { token: TokenRecord; card: CardRecord } {
  const problems = cardProblems(details, ctx.now);
  if (problems.length > 0) throw omiseError('invalid_card', joinProblems(problems));
  const outcome = testCardOutcome(details.number);
  const card: CardRecord = {
    id: ctx.ids.next('card', ctx.now),
    customerId: null,
    brand: cardBrand(details.number) ?? '',
    ...testCardIssuer(outcome),
    financing: '',
    fingerprint: fingerprint(details.number),
    lastDigits: details.number.slice(-4),
    name: details.name,
    expirationMonth: details.expirationMonth ?? 0,
    expirationYear: details.expirationYear ?? 0,
    ...address,
    securityCodeCheck: details.securityCode !== null,
    createdAt: ctx.now,
    deleted: false,
    failureCode: outcome.failureCode,
    threeDSecure: outcome.threeDSecure,
  };
  const token: TokenRecord = {
    id: ctx.ids.next('tokn', ctx.now),
    cardId: card.id,
    used: false,
    chargeId: null,
    createdAt: ctx.now,
  };
  return { token, card };
}

/** The same number always has the same fingerprint, and the number cannot be read back from it. */
function fingerprint(number: string): string {
  return createHash('sha256').update(`omise-sim card ${number}`).digest('base64');
}
