import { availableParallelism } from 'node:os';

// One core stays with the main thread: on 2 cores, during a burst of 50 new PNGs over HTTP, a polling POS
// got 91-207 answers at a p99 of 33-208 ms with 1 render at a time, 30-60 at 37-257 ms with 2, and 3-27 at
// 106-393 ms with 4 (the last PNG came 0.3-0.6 s sooner with more; measured when sharp wrote the PNGs).
// Never more than 2, so PNG compression leaves libuv's pool (4 threads by default) to the file and crypto
// work that shares it.
const DEFAULT_LIMIT = Math.min(2, Math.max(1, availableParallelism() - 1));

/**
 * Runs renders a few at a time, each starting in an event-loop turn of its own (`setImmediate`), so a
 * burst of new QR downloads never holds the main thread for more than a couple of QR encodings at once:
 * requests that arrive meanwhile (a POS polling its charge) are served between them.
 */
export class RenderQueue {
  readonly #limit: number;
  readonly #waiting: Array<() => void> = [];
  #running = 0;

  constructor(limit = DEFAULT_LIMIT) {
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
