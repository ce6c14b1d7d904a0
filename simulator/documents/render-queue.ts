/**
 * Runs renders a few at a time, each starting in an event-loop turn of its own (`setImmediate`), so a
 * burst of new QR downloads never holds the main thread for more than a couple of QR encodings at once:
 * requests that arrive meanwhile (a POS polling its charge) are served between them. The bound also keeps
 * sharp from taking every libuv thread (4 by default), which file and crypto work share.
 */
export class RenderQueue {
  readonly #limit: number;
  readonly #waiting: Array<() => void> = [];
  #running = 0;

  constructor(limit = 2) {
    this.#limit = limit;
  }

  /** Queued plus running renders. */
  get pending(): number {
    return this.#waiting.length + this.#running;
  }

  run<T>(render: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = () => {
        this.#running--;
        this.#startNext();
      };
      this.#waiting.push(() => {
        new Promise<T>((settle) => settle(render())).then(
          (result) => {
            finish();
            resolve(result);
          },
          (error: unknown) => {
            finish();
            reject(error);
          },
        );
      });
      this.#startNext();
    });
  }

  #startNext(): void {
    while (this.#running < this.#limit && this.#waiting.length > 0) {
      const start = this.#waiting.shift();
      if (!start) return;
      this.#running++;
      setImmediate(start);
    }
  }
}
