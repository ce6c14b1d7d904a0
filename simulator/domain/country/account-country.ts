// What an account's country decides: the currency charges are funded in (and the only one its local
// methods take), the VAT on Omise's fee, and what GET /capability lists.

export type CountryCode = 'TH' | 'SG' | 'MY' | 'JP';

export const COUNTRY_CODES: readonly CountryCode[] = ['TH', 'SG', 'MY', 'JP'];

export const DEFAULT_COUNTRY: CountryCode = 'TH';

export interface AccountCountry {
  readonly code: CountryCode;
  /** Upper-case ISO 4217: `funding_currency`, and the currency the country's methods accept. */
  readonly currency: string;
  /** VAT on the fee, as `transaction_fees.vat_rate` prints it. */
  readonly vatPercent: string;
  /** `GET /capability` `banks`. */
  readonly banks: readonly string[];
  readonly tokenizationMethods: readonly string[];
}

// omise-php 2025 tests/fixtures/api.omise.co/capability-get.json (a Thai test account), in its order.
const THAI_BANKS = [
  ...['test', 'bbl', 'kbank', 'rbs', 'ktb', 'jpm', 'mufg', 'ttb', 'scb', 'citi', 'smbc', 'sc', 'cimb', 'uob'],
  ...['bay', 'mega', 'boa', 'cacib', 'gsb', 'hsbc', 'db', 'ghb', 'baac', 'mb', 'bnp', 'ibank', 'tisco', 'kk'],
  ...['icbc', 'tcrb', 'lhb'],
];
const WALLET_TOKENIZATION = ['googlepay', 'applepay'];

const countries: Readonly<Record<CountryCode, AccountCountry>> = {
  // Every recorded Thai charge shows vat_rate "7.0" and funding in THB.
  TH: {
    code: 'TH',
    currency: 'THB',
    vatPercent: '7.0',
    banks: THAI_BANKS,
    tokenizationMethods: WALLET_TOKENIZATION,
  },
  // omise-go and omise-swift record Singapore PayNow charges: funding_currency SGD, fee 1 %, fee_vat 0.
  SG: { code: 'SG', currency: 'SGD', vatPercent: '0.0', banks: [], tokenizationMethods: WALLET_TOKENIZATION },
  // Assumed: the recorded Malaysian FPX charges have no fee to show VAT on; no SST is assumed.
  MY: { code: 'MY', currency: 'MYR', vatPercent: '0.0', banks: [], tokenizationMethods: WALLET_TOKENIZATION },
  // Assumed: no recording; none of the simulated methods is offered in Japan.
  JP: { code: 'JP', currency: 'JPY', vatPercent: '0.0', banks: [], tokenizationMethods: WALLET_TOKENIZATION },
};

export function accountCountry(code: CountryCode): AccountCountry {
  return countries[code];
}

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRY_CODES as readonly string[]).includes(value);
}
