import type { Body } from './test-api.js';

/** The card of omise-php's 2025 tokens-post.json, with a number from docs.omise.co/api-testing. */
export function cardParams(number = '4242424242424242', overrides: Body = {}): Body {
  return {
    card: {
      name: 'Zin Kyaw Kyaw',
      number,
      expiration_month: 11,
      expiration_year: 2027,
      security_code: '123',
      city: 'Bangkok',
      postal_code: '10320',
      ...overrides,
    },
  };
}
