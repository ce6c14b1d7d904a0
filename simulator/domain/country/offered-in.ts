import type { PaymentMethod } from '../methods/payment-method.js';
import type { AccountCountry } from './account-country.js';

/** Whether an account of this country can take the method: the seed's countries, in the country's currency. */
export function offeredIn(method: PaymentMethod, country: AccountCountry): boolean {
  return method.countries.includes(country.code) && method.limits[country.currency] !== undefined;
}
