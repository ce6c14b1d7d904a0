/** A webhook body made the first time it is read, then kept (see `EventPayloads.lazyPayload`). */
export class LazyPayload {
  #render: (() => string) | null;
  #text = '';

  constructor(render: () => string) {
    this.#render = render;
  }

  get text(): string {
    if (this.#render !== null) {
      this.#text = this.#render();
      this.#render = null;
    }
    return this.#text;
  }
}
