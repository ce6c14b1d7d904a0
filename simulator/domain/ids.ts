import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A source of random bytes: crypto by default, or a seeded generator for reproducible runs. */
export type RandomSource = (length: number) => Uint8Array;

// One crypto call per 4 KiB instead of one per id: a create draws random bytes six times. Each region of a
// pool is handed out once and a spent pool is replaced, never refilled, so the views handed out stay intact.
const POOL_SIZE = 4096;
let pool = randomBytes(POOL_SIZE);
let poolOffset = 0;

export const cryptoRandom: RandomSource = (length) => {
  if (length > POOL_SIZE) return randomBytes(length);
  if (poolOffset + length > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  poolOffset += length;
  return pool.subarray(poolOffset - length, poolOffset);
};

/** sfc32 seeded from one integer: the same seed gives the same ids and tokens, run after run. */
export function seededRandom(seed: number): RandomSource {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return (length) => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = next() & 0xff;
    return bytes;
  };
}

// In real ids the first 8 base-36 characters are linear in the creation time: every seed id gives
// int(prefix, 36) / unix seconds = 273.72990909 (chrg_test_5y4zomdq... was created 2023-12-18T10:18:51Z).
const ID_TIME_UNITS_PER_MS = 0.27372990909;

/**
 * Omise-looking ids: `<prefix>_test_` and 19 base-36 characters, the first 8 from the creation time as in
 * real ones, so ids sort by time and an id made for a 2023 clock looks like a 2023 id.
 */
export class IdGenerator {
  readonly #random: RandomSource;

  constructor(random: RandomSource = cryptoRandom) {
    this.#random = random;
  }

  #lastMs = Number.NaN;
  #lastTime = '';

  next(prefix: string, nowMs: number): string {
    const bytes = this.#random(11);
    let rest = '';
    for (const byte of bytes) rest += ALPHABET[byte % 36];
    return `${prefix}_test_${this.#timePart(nowMs)}${rest}`;
  }

  /** Several ids are made in the same millisecond (a charge, its event, its source): format it once. */
  #timePart(nowMs: number): string {
    if (nowMs !== this.#lastMs) {
      this.#lastMs = nowMs;
      this.#lastTime = Math.floor(Math.max(nowMs, 0) * ID_TIME_UNITS_PER_MS)
        .toString(36)
        .padStart(8, '0')
        .slice(-8);
    }
    return this.#lastTime;
  }

  /** Upper-case hex, as the document download tokens (`.../downloads/227EE5083E298A73`). */
  hex(length: number): string {
    return Buffer.from(this.#random(Math.ceil(length / 2)))
      .toString('hex')
      .slice(0, length)
      .toUpperCase();
  }

  digits(length: number): string {
    let out = '';
    for (const byte of this.#random(length)) out += String(byte % 10);
    return out;
  }
}

/** Draws nothing from any real source: for dry runs that validate a transition before it is made. */
export const placeholderIds = new IdGenerator((length) => new Uint8Array(length));
