/**
 * Rendered QR bytes (or encoded symbols) by key (document and format). Keeps promises, so concurrent
 * downloads of a new document render it once; bounded, least recently used first out, because rendering
 * again is cheap and gives the same bytes.
 */
export class RenderCache<T = Uint8Array> {
  readonly #entries = new Map<string, Promise<T>>();
  readonly #capacity: number;

  constructor(capacity = 1000) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#entries.size;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  get(key: string, render: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const rendering = render();
    this.#entries.set(key, rendering);
    rendering.catch(() => this.#entries.delete(key));
    if (this.#entries.size > this.#capacity) this.#evictOldest();
    return rendering;
  }

  #evictOldest(): void {
    const oldest = this.#entries.keys().next();
    if (!oldest.done) this.#entries.delete(oldest.value);
  }
}
