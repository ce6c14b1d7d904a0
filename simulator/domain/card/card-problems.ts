import { cardBrand, passesLuhn } from './card-number.js';

/** What `POST /tokens` was asked to tokenize. */
export interface CardDetails {
  readonly number: string;
  readonly name: string;
  readonly expirationMonth: number | null;
  readonly expirationYear: number | null;
  readonly securityCode: string | null;
}

/**
 * Everything wrong with a card, in the order Omise lists it in one `invalid_card` message, e.g. "expiration
 * year is invalid, expiration date cannot be in the past, number is invalid, and brand not supported
 * (unknown)" (omise-woocommerce's table of the API's messages). Where name and security code go in that list
 * is assumed.
 */
export function cardProblems(card: CardDetails, now: number): string[] {
  const problems = expiryProblems(card.expirationMonth, card.expirationYear);
  const { expirationMonth: month, expirationYear: year } = card;
  if (problems.length === 0 && month !== null && year !== null && isPast(year, month, now)) {
    problems.push('expiration date cannot be in the past');
  }
  if (card.name.trim() === '') problems.push('name cannot be blank');
  if (card.securityCode !== null && !/^\d{3,4}$/.test(card.securityCode)) {
    problems.push('security code is invalid');
  }
  if (!passesLuhn(card.number)) problems.push('number is invalid');
  if (cardBrand(card.number) === null) problems.push('brand not supported (unknown)');
  return problems;
}

/** The expiry's own problems, whatever the date (a card's update checks these too). */
export function expiryProblems(month: number | null, year: number | null): string[] {
  const monthValid = month !== null && month >= 1 && month <= 12;
  const yearValid = year !== null && year >= 1000 && year <= 9999;
  const problems: string[] = [];
  if (!monthValid) problems.push('expiration month is not between 1 and 12');
  if (!yearValid) problems.push('expiration year is invalid');
  if (!monthValid || !yearValid) problems.push('expiration date is invalid');
  return problems;
}

/** A card is good through the last day of its expiry month. */
function isPast(year: number, month: number, now: number): boolean {
  const date = new Date(now);
  const current = date.getUTCFullYear() * 12 + date.getUTCMonth() + 1;
  return year * 12 + month < current;
}

/** "a", "a and b", "a, b, and c": how Omise joins the problems of one request. */
export function joinProblems(problems: readonly string[]): string {
  if (problems.length <= 2) return problems.join(' and ');
  return `${problems.slice(0, -1).join(', ')}, and ${problems.at(-1)}`;
}
