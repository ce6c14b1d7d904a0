import type { AccountCountry } from './country/account-country.js';
import type { IdGenerator } from './ids.js';

/** What a domain transition may know about the world: the account's time, an id source and its country. */
export interface DomainContext {
  readonly now: number;
  readonly ids: IdGenerator;
  readonly country: AccountCountry;
}

/** Omise timestamps have whole seconds; times the API shows and compares are kept that way. */
export function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
