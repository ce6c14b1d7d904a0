import type { RandomSource } from './ids.js';

/**
 * Random bytes that a refused request gives back. `undrawnIfThrows(work)` runs `work`; if it throws, the bytes
 * it drew are handed out again, in the same order, before any new ones. So a transition can draw its ids for
 * real and still leave a seeded simulator's stream where it was when it is refused: the next request gets the
 * ids it would have had if the refused one never came, without validating everything twice.
 */
export class ReturnableBytes {
  readonly #source: RandomSource;
  /** Bytes given back and not handed out again yet, from `#returnedAt` on. */
  #returned: Uint8Array | null = null;
  #returnedAt = 0;
  /** What the innermost `undrawnIfThrows` has drawn so far; null outside one. */
  #drawn: Uint8Array[] | null = null;

  constructor(source: RandomSource) {
    this.#source = source;
  }

  draw(length: number): Uint8Array {
    const bytes = this.#returned === null ? this.#source(length) : this.#drawReturned(length);
    this.#drawn?.push(bytes);
    return bytes;
  }

  undrawnIfThrows<T>(work: () => T): T {
    const outer = this.#drawn;
    const drawn: Uint8Array[] = [];
    this.#drawn = drawn;
    try {
      const result = work();
      outer?.push(...drawn);
      return result;
    } catch (error) {
      this.#giveBack(drawn);
      throw error;
    } finally {
      this.#drawn = outer;
    }
  }

  #drawReturned(length: number): Uint8Array {
    const returned = this.#returned as Uint8Array;
    const from = this.#returnedAt;
    const left = returned.length - from;
    if (left > length) {
      this.#returnedAt += length;
      return returned.subarray(from, from + length);
    }
    this.#returned = null;
    this.#returnedAt = 0;
    if (left === length) return returned.subarray(from);
    const bytes = new Uint8Array(length);
    bytes.set(returned.subarray(from));
    bytes.set(this.#source(length - left), left);
    return bytes;
  }

  /** `drawn` goes back to the front of the stream, ahead of anything given back before and not drawn since. */
  #giveBack(drawn: readonly Uint8Array[]): void {
    const still = this.#returned?.subarray(this.#returnedAt) ?? new Uint8Array(0);
    let length = still.length;
    for (const bytes of drawn) length += bytes.length;
    if (length === 0) return;
    const joined = new Uint8Array(length);
    let at = 0;
    for (const bytes of [...drawn, still]) {
      joined.set(bytes, at);
      at += bytes.length;
    }
    this.#returned = joined;
    this.#returnedAt = 0;
  }
}
