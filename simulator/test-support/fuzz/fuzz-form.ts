import fc from 'fast-check';
import { DeepValue, LongString } from './fuzz-printable.js';
import { paramName } from './fuzz-values.js';

/** A form pair written by hand (deep keys, prototype keys, conflicts, many pairs): built when sent, printed short. */
export class RawPairs {
  constructor(
    readonly label: string,
    readonly build: () => string,
  ) {}

  toString(): string {
    return this.build();
  }

  [fc.toStringMethod](): string {
    return this.label;
  }
}

export const rawFormPair = fc.oneof(
  fc.integer({ min: 1, max: 10_000 }).map((n) => new RawPairs(`a[b]*${n}=1`, () => `a${'[b]'.repeat(n)}=1`)),
  fc
    .constantFrom(
      '__proto__[x]=1',
      '__proto__[limit]=0',
      'constructor[prototype][x]=1',
      'a=1&a[b]=2',
      'a[]=1&a[b]=2',
    )
    .map((pair) => new RawPairs(pair, () => pair)),
  fc.tuple(paramName, paramName).map(([a, b]) => {
    const pair = `${percentEncode(a)}[${percentEncode(b)}]=1`;
    return new RawPairs(pair, () => pair);
  }),
  fc.integer({ min: 1000, max: 3000 }).map((n) => new RawPairs(`k*${n}=1`, () => `${'k'.repeat(n)}=1`)),
  fc
    .integer({ min: 4000, max: 5000 })
    .map((n) => new RawPairs(`${n} pairs`, () => Array.from({ length: n }, (_, i) => `p${i}=1`).join('&'))),
);

/** Form encoding with Rack brackets, for any keys and values (nested hashes, `[]` arrays). */
export function encodeForm(params: Record<string, unknown>, prefix = ''): string[] {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const key = prefix ? `${prefix}[${name}]` : name;
    if (Array.isArray(value)) {
      for (const item of value) pairs.push(...encodeValue(`${key}[]`, item));
    } else pairs.push(...encodeValue(key, value));
  }
  return pairs;
}

function encodeValue(key: string, item: unknown): string[] {
  if (item instanceof DeepValue) {
    const nesting = (item.arrays ? '[]' : '[a]').repeat(item.depth);
    return [`${percentEncode(key)}${nesting}=1`];
  }
  const value = item instanceof LongString ? String(item) : item;
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return encodeForm(value as Record<string, unknown>, key);
  if (Array.isArray(value)) return [`${percentEncode(key)}=${percentEncode(JSON.stringify(value))}`];
  return [`${percentEncode(key)}=${percentEncode(String(value))}`];
}

/** encodeURIComponent for any string: lone surrogates go as U+FFFD, as a UTF-8 client would send them. */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8'))
    out += /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).padStart(2, '0').toUpperCase()}`;
  return out;
}
