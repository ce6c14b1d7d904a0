import fc from 'fast-check';
import { type RawPairs, rawFormPair } from './fuzz-form.js';
import { plausibleParams } from './fuzz-plausible.js';
import type { LongString } from './fuzz-printable.js';
import { longString, params } from './fuzz-values.js';

export interface FuzzRoute {
  readonly method: string;
  readonly path: string;
}

/** A path parameter: one of the fuzzed account's ids (by index into them, resolved when sent), or junk. */
export type PathChoice = { readonly pool: number } | { readonly raw: string | LongString };

export interface FuzzRequest {
  readonly method: string;
  readonly route: string;
  readonly ids: readonly PathChoice[];
  readonly query: Record<string, unknown>;
  readonly rawQuery: readonly RawPairs[];
  readonly encoding: 'json' | 'form' | 'raw' | 'none';
  readonly body: Record<string, unknown>;
  readonly rawForm: readonly RawPairs[];
  readonly rawBody: string;
  readonly hugeBody: boolean;
  readonly authorization: string | null;
  readonly contentType: string | null;
  readonly version: string | null;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

const pathChoice: fc.Arbitrary<PathChoice> = fc.oneof(
  { weight: 12, arbitrary: fc.nat().map((pool) => ({ pool })) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          '__proto__',
          'constructor',
          '..',
          '.',
          'chrg_test_x',
          'evnt_test_x',
          '%00',
          '🙂',
          ' ',
        ),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        longString,
      )
      .map((raw) => ({ raw })),
  },
);

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
const authorization = fc.oneof(
  { weight: 10, arbitrary: fc.constant(basic('skey_test_fuzz')) },
  { weight: 2, arbitrary: fc.constant(basic('pkey_test_fuzz')) },
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        'skey_live_x',
        'pkey_x',
        'skey_123',
        'skey_test_',
        'skey_test_a:b',
        `skey_test_${'n'.repeat(70)}`,
      )
      .map(basic),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9_]{1,20}$/).map((name) => basic(`skey_test_x${name}`)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('Bearer skey_test_fuzz', 'Basic', 'Basic !!!', `Basic ${'A'.repeat(5000)}`),
  },
);

const asciiHeader = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);

/** null nine times out of ten. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

export function fuzzRequest(routes: readonly FuzzRoute[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      route: fc.constantFrom(...routes),
      otherMethod: rarely(fc.constantFrom(...METHODS)),
      ids: fc.array(pathChoice, { minLength: 3, maxLength: 3 }),
      query: fc.oneof(
        { weight: 3, arbitrary: fc.constant({}) },
        { weight: 1, arbitrary: plausibleParams },
        { weight: 1, arbitrary: params },
      ),
      rawQuery: fc.oneof(
        { weight: 6, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(rawFormPair, { maxLength: 2 }) },
      ),
      encoding: fc.constantFrom('json', 'json', 'json', 'form', 'form', 'form', 'raw', 'none'),
      body: fc.oneof({ weight: 3, arbitrary: plausibleParams }, { weight: 2, arbitrary: params }),
      rawForm: fc.oneof(
        { weight: 6, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(rawFormPair, { maxLength: 2 }) },
      ),
      rawBody: fc.oneof(fc.string(), fc.constantFrom('{', '[]', '"x"', '1', 'null', '{"a":1}x', '%', '&&==')),
      hugeBody: fc.oneof(
        { weight: 30, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      authorization,
      contentType: rarely(
        fc.oneof(
          fc.constantFrom(
            'application/json; charset=utf-8',
            'text/plain',
            'multipart/form-data',
            'application/x-www-form-urlencoded; charset=utf-8',
            'json',
          ),
          asciiHeader,
        ),
      ),
      version: rarely(
        fc.oneof(fc.constantFrom('2017-11-02', '2019-05-29', '2014-07-27', 'nonsense'), asciiHeader),
      ),
    })
    .map(({ route, otherMethod, ...rest }) => ({
      ...rest,
      method: otherMethod ?? route.method,
      route: route.path,
    }));
}
