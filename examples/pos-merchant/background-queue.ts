/**
 * The asynchronous variant's worker: webhooks are acknowledged at once and applied here, one at a time, a
 * moment later (what Omise's 10 s webhook timeout encourages). A job that fails is tried again: the webhook
 * was already acknowledged, so nobody else will.
 */
export class BackgroundQueue {
  #tail: Promise<void> = Promise.resolve();
  #pending = 0;

  push(job: () => Promise<void>): void {
    this.#pending++;
    this.#tail = this.#tail
      .then(() => new Promise((resolve) => setTimeout(resolve, 1)))
      .then(() => retry(job))
      .finally(() => {
        this.#pending--;
      });
  }

  /** Resolves once every job pushed so far (and those they pushed) is done. */
  async idle(): Promise<void> {
    while (this.#pending > 0) await this.#tail;
  }
}

async function retry(job: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await job();
    } catch (error) {
      if (attempt >= attempts) return console.error('background job given up', error);
    }
  }
}
