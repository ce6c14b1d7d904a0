import { IdGenerator } from '../domain/ids.js';

/**
 * An account's ids: the simulator's generator, skipping any id the account already holds. Only a seeded
 * simulator that imported a snapshot made by the same seed could draw one again; without this guard, its
 * next charge could overwrite an imported one.
 */
export class UniqueIds extends IdGenerator {
  readonly #inner: IdGenerator;
  readonly #taken: (id: string) => boolean;

  constructor(inner: IdGenerator, taken: (id: string) => boolean) {
    super(() => new Uint8Array(0));
    this.#inner = inner;
    this.#taken = taken;
  }

  override next(prefix: string, nowMs: number): string {
    let id = this.#inner.next(prefix, nowMs);
    while (this.#taken(id)) id = this.#inner.next(prefix, nowMs);
    return id;
  }

  override undrawnIfThrows<T>(work: () => T): T {
    return this.#inner.undrawnIfThrows(work);
  }

  override hex(length: number): string {
    return this.#inner.hex(length);
  }

  override digits(length: number): string {
    return this.#inner.digits(length);
  }
}
