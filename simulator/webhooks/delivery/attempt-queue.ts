import type { AccountClock } from '../../clock/account-clock.js';
import { MinHeap } from '../../clock/min-heap.js';
import type { ConcurrencyLimit } from './concurrency-limit.js';
import type { Delivery } from './delivery.js';

interface DueAttempt {
  readonly delivery: Delivery;
  readonly dueAt: number;
  readonly seq: number;
  readonly readyRealMs: number;
}

/** What an attempt started by the queue reports back: when it would be retried, and when it is over. */
export interface StartedAttempt {
  readonly retryAt: number | null;
  readonly over: Promise<void>;
}

export type RunAttempt = (delivery: Delivery, at: number) => StartedAttempt;

/**
 * The account's attempts that are due, started in due-time order within the shared concurrency limit.
 * An open attempt holds back attempts due after its own retry would be: when the clock jumps ahead, a
 * day of retries goes out in the order of their due times, even though each is known only once the
 * attempt before it has failed.
 */
export class AttemptQueue {
  readonly #due = new MinHeap<DueAttempt>(
    (a, b) => a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.seq < b.seq),
  );
  readonly #open = new Set<{ readonly retryAt: number | null }>();
  readonly #limit: ConcurrencyLimit;
  readonly #clock: AccountClock;
  readonly #run: RunAttempt;
  readonly #afterAttempt: () => void;
  readonly #urgent: () => boolean;
  #seq = 0;
  #pumpQueued = false;
  #waitingForSlot = false;
  #closed = false;
  readonly #wake = () => {
    this.#waitingForSlot = false;
    this.pump();
  };

  /**
   * `afterAttempt` hears every attempt that is over, once the queue has moved on (for idle waiters); `urgent`
   * says whether someone waits for the account's webhooks to settle (then the pace holds nothing back).
   */
  constructor(
    limit: ConcurrencyLimit,
    clock: AccountClock,
    run: RunAttempt,
    afterAttempt: () => void,
    urgent: () => boolean = () => false,
  ) {
    this.#limit = limit;
    this.#clock = clock;
    this.#run = run;
    this.#afterAttempt = afterAttempt;
    this.#urgent = urgent;
  }

  get due(): number {
    return this.#due.size;
  }

  get open(): number {
    return this.#open.size;
  }

  /** Queues an attempt due at `dueAt`; it starts on a later tick, after the change that made it returns. */
  push(delivery: Delivery, dueAt: number): void {
    delivery.state = 'due';
    this.#due.push({ delivery, dueAt, seq: this.#seq++, readyRealMs: performance.now() });
    if (this.#pumpQueued) return;
    this.#pumpQueued = true;
    setImmediate(() => {
      this.#pumpQueued = false;
      this.pump();
    });
  }

  /**
   * Starts what may start now, and tells the limit the time that took, up to the ticks it queued: node:http
   * writes each request on the next tick, once its socket is assigned, and that write is most of an
   * attempt's cost. A tick queued after the starts runs after those writes.
   */
  pump(): void {
    const startedAt = performance.now();
    if (this.#startDue() > 0) process.nextTick(() => this.#limit.spent(performance.now() - startedAt));
  }

  /** How many attempts it started. */
  #startDue(): number {
    let started = 0;
    for (let next = this.#due.peek(); next && !this.#closed; next = this.#due.peek()) {
      if (!this.#mayStart(next)) break;
      if (!this.#limit.tryAcquire(this.#urgent())) {
        this.#waitForSlot();
        break;
      }
      this.#due.pop();
      this.#start(next);
      started++;
    }
    return started;
  }

  close(): void {
    this.#closed = true;
    this.#due.clear();
    this.#limit.forget(this.#wake);
  }

  #start(item: DueAttempt): void {
    let started: StartedAttempt;
    try {
      started = this.#run(item.delivery, this.#attemptTime(item));
    } catch (error) {
      this.#limit.release();
      throw error;
    }
    this.#open.add(started);
    const over = () => {
      this.#open.delete(started);
      this.#limit.release();
      this.pump();
      this.#afterAttempt();
    };
    started.over.then(over, over);
  }

  #mayStart(next: DueAttempt): boolean {
    for (const open of this.#open) if (open.retryAt !== null && open.retryAt < next.dueAt) return false;
    return true;
  }

  #waitForSlot(): void {
    if (this.#waitingForSlot) return;
    this.#waitingForSlot = true;
    this.#limit.whenFree(this.#wake);
  }

  /**
   * The due time, plus however long it waited here for a slot while time ran; a frozen clock lets no
   * time pass, so under a frozen clock every attempt happens exactly when it was due.
   */
  #attemptTime(item: DueAttempt): number {
    const waited = this.#clock.frozen ? 0 : Math.round(performance.now() - item.readyRealMs);
    return Math.max(item.dueAt, Math.min(this.#clock.now(), item.dueAt + waited));
  }
}
