/** The card brands Omise names in card objects and in `capability.card_brands` (omise-php 2025 fixtures). */
export type CardBrand =
  | 'Visa'
  | 'MasterCard'
  | 'JCB'
  | 'American Express'
  | 'Diners Club'
  | 'Discover'
  | 'UnionPay';

// IIN ranges of each scheme, most specific first. Omise's own list is not published; these are the schemes'
// public ranges, and every test number of docs.omise.co/api-testing falls in its brand's range.
const brandRanges: readonly (readonly [RegExp, CardBrand])[] = [
  [/^3(?:0[0-5]|[68])/, 'Diners Club'],
  [/^3[47]/, 'American Express'],
  [/^35(?:2[89]|[3-8])/, 'JCB'],
  [/^62/, 'UnionPay'],
  [/^6(?:011|4[4-9]|5)/, 'Discover'],
  [/^(?:5[1-5]|2(?:2[2-9]|[3-6]|7[01]|720))/, 'MasterCard'],
  [/^4/, 'Visa'],
];

/** The brand of a card number, or null when no scheme issues it ("brand not supported (unknown)"). */
export function cardBrand(number: string): CardBrand | null {
  for (const [range, brand] of brandRanges) if (range.test(number)) return brand;
  return null;
}

/** The Luhn check every card number passes; Omise answers "number is invalid" when it fails. */
export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Card numbers as people type them: spaces and dashes between groups are dropped. */
export function normalizeCardNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}
