import { seededRandom } from '../domain/ids.js';

/** Numbers drawn from one seed: the same seed draws the same history. */
export class HistoryRandom {
  readonly #bytes: (length: number) => Uint8Array;

  constructor(seed: number) {
    this.#bytes = seededRandom(seed);
  }

  /** A number in [0, 1). */
  fraction(): number {
    const [a = 0, b = 0, c = 0, d = 0] = this.#bytes(4);
    return (((a << 24) | (b << 16) | (c << 8) | d) >>> 0) / 2 ** 32;
  }

  /** A whole number from min to max, both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.fraction() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.fraction() * items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.fraction() < probability;
  }
}
