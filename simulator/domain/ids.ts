import { randomBytes } from 'node:crypto';
import { ReturnableBytes } from './returnable-bytes.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ALPHABET_CODES = Array.from(ALPHABET, (char) => char.charCodeAt(0));

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

/**
 * sfc32 seeded from one integer: the same seed gives the same ids and tokens, run after run. Bytes are drawn
 * a pool at a time and handed out in order, so a caller gets exactly the bytes it would have drawn one by
 * one; each region is handed out once and a spent pool is replaced, so views handed out stay intact.
 */
export function seededRandom(seed: number): RandomSource {
  const next = sfc32(seed);
  let pool = new Uint8Array(0);
  let offset = 0;
  return (length) => {
    if (offset + length > pool.length) {
      const left = pool.length - offset;
      const fresh = new Uint8Array(Math.max(POOL_SIZE, left + length));
      fresh.set(pool.subarray(offset)); // the bytes not handed out yet come first
      for (let index = left; index < fresh.length; index++) fresh[index] = next() & 0xff;
      pool = fresh;
      offset = 0;
    }
    offset += length;
    return pool.subarray(offset - length, offset);
  };
}

function sfc32(seed: number): () => number {
  // The state in a Uint32Array: as closure variables, each of the four words above 2^30 was a new heap
  // number on every call (4 KB of garbage per create). A store there is the `>>> 0` each call began with.
  const state = Uint32Array.of(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0);
  const next = () => {
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = state[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = (c + (c << 3)) | 0;
    state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

// In real ids the first 8 base-36 characters are linear in the creation time: every seed id gives
// int(prefix, 36) / unix seconds = 273.72990909 (chrg_test_5y4zomdq... was created 2023-12-18T10:18:51Z).
const ID_TIME_UNITS_PER_MS = 0.27372990909;

/**
 * Omise-looking ids: `<prefix>_test_` and 19 base-36 characters, the first 8 from the creation time as in
 * real ones, so ids sort by time and an id made for a 2023 clock looks like a 2023 id.
 */
export class IdGenerator {
  readonly #random: ReturnableBytes;

  constructor(random: RandomSource = cryptoRandom) {
    this.#random = new ReturnableBytes(random);
  }

  /**
   * Runs `work`; if it throws, the ids (and hex and digits) it drew are drawn again by whatever comes next, as
   * if it had never run: a refused request does not shift a seeded simulator's ids (see ReturnableBytes).
   */
  undrawnIfThrows<T>(work: () => T): T {
    return this.#random.undrawnIfThrows(work);
  }

  #lastMs = Number.NaN;
  #lastTime = '';

  next(prefix: string, nowMs: number): string {
    const bytes = this.#random.draw(11);
    // One flat string for the 11 characters, not a chain of eleven concatenations the heap keeps.
    const at = (index: number) => ALPHABET_CODES[(bytes[index] as number) % 36] as number;
    const rest = String.fromCharCode(
      at(0),
      at(1),
      at(2),
      at(3),
      at(4),
      at(5),
      at(6),
      at(7),
      at(8),
      at(9),
      at(10),
    );
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
    return Buffer.from(this.#random.draw(Math.ceil(length / 2)))
      .toString('hex')
      .slice(0, length)
      .toUpperCase();
  }

  digits(length: number): string {
    const bytes = this.#random.draw(length);
    const codes = new Array<number>(length);
    for (let index = 0; index < length; index++) codes[index] = 48 + ((bytes[index] as number) % 10);
    return String.fromCharCode(...codes);
  }
}
