import fc from 'fast-check';
import { DeepValue, LongString } from './fuzz-printable.js';

// What a hostile or clumsy client puts in parameters: names the API knows, prototype keys, unicode;
// values of every JSON type, huge and odd numbers, far-off dates, long strings and deep nesting.

export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

const KNOWN_NAMES = `
amount currency source type barcode phone_number return_uri metadata description expires_at ip
webhook_endpoints capture failure_code card limit offset order from to now seconds minutes hours
days status delay_ms count method path api_version url keys endpoints secret previous_secret
retry_schedule timeout_seconds ordering seed rules fault charge event key uri delivered only_failed
after outcome otp probability copies attempts format
`
  .trim()
  .split(/\s+/);

export const paramName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

const hugeNumber = fc.constantFrom(
  1e300,
  -1e300,
  1e21,
  1e8,
  -1,
  -0,
  0.5,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  8.64e12,
  8.64e15,
  1e16,
  2 ** 31,
);
const oddString = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e8',
  '1e300',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '150000',
  'THB',
  'thb',
  'wechat_pay_mpm',
  'wechat_pay_upm',
  'alipayplus_mpm',
  'truemoney',
  'barcode_wechat',
  '0812345678',
  '130991292552725093',
  'true',
  'false',
  'null',
  '2024-09-10T03:57:17Z',
  '9999-12-31T23:59:59Z',
  '275760-09-13T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '1970-01-01',
  'http://127.0.0.1:9/x',
  'https://shop.example/r',
  'ftp://x',
  'javascript:alert(1)',
  // URLs a URL parser would quietly rewrite, and a Location header cannot carry.
  'https://shop.example/r\r\nSet-Cookie: a=b',
  'http://127.0.0.1:9/x\u0000',
  'https://shop.example/a b',
  'charge.complete',
  'c2VjcmV0',
  'per_charge',
  'none',
  'duplicate',
  'delay',
  'reverse_chronological',
  'chronological',
  '2017-11-02',
  '2019-05-29',
  'payment_rejected',
  'success',
  'failure',
  '__proto__',
  '<script>x</script>',
  '\u0000',
  '\ud800',
  '🙂',
  'ก่อน',
);

export const longString = fc.integer({ min: 1000, max: 20_000 }).map((n) => new LongString(n));

const leaf = fc.oneof(
  { weight: 4, arbitrary: oddString },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: longString },
);

export const deepValue = fc
  .tuple(fc.integer({ min: 2, max: 3000 }), fc.boolean())
  .map(([depth, arrays]) => new DeepValue(depth, arrays));

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(paramName, tie('value'), { maxKeys: 4 }) },
  ),
}));

export const paramValue = fc.oneof({ weight: 12, arbitrary: value }, { weight: 1, arbitrary: deepValue });

/** Top-level parameters: prototype keys are set as own data, as JSON.parse would make them. */
export const params = fc.array(fc.tuple(paramName, paramValue), { maxLength: 7 }).map((entries) => {
  const object: Record<string, unknown> = {};
  for (const [name, item] of entries)
    Object.defineProperty(object, name, {
      value: item,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  return object;
});
