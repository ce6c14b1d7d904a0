import type { AccountClock } from './account-clock.js';
import { DueTimer } from './due-timer.js';
import { MinHeap } from './min-heap.js';
import type { QueuedJob, ScheduledJob } from './scheduled-job.js';
import { TurnGate } from './turn-gate.js';

/**
 * The most work a backlog fires at once before letting the event loop serve other requests (issue 15). 10 ms,
 * not 20: over 100k expiries the longest block is a slice plus a young-generation collection (10-17 ms at that
 * heap size) that falls in it, and other accounts get twice as many turns (86-100 requests answered during
 * the advance, not 43-48) for the same total time.
 */
export const SLICE_MS = 10;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Fires jobs at their exact due time, in (due time, scheduling order) order, whichever way time passes:
 * a real-time timer while the clock runs, and at once when the clock is advanced or set past them.
 */
export class Scheduler {
  readonly #clock: AccountClock;
  readonly #queue = new MinHeap<QueuedJob>(
    (a, b) => a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.seq < b.seq),
  );
  readonly #onJobError: (job: ScheduledJob, error: unknown) => void;
  #seq = 0;
  readonly #timer = new DueTimer();
  #running = false;
  /** Set by stop() (the simulator closing): a backlog firing in slices fires no further slice. */
  #stopped = false;
  /** Held while a backlog fires in slices: requests to the account wait for it (http/run-in-engine.ts). */
  readonly #firing = new TurnGate();
  /**
   * Runs what the timer made due (in slices). A persistent engine wraps it in a transaction on the account (so
   * a job that fires on its own is committed like a request); by default it just runs.
   */
  runTimer: (runDue: () => Promise<number>) => void = (runDue) => void runDue();
  /** How long one slice of runDueInSlices may run, in ms (0: one job a slice, which tests use). */
  sliceMs = SLICE_MS;

  constructor(clock: AccountClock, onJobError: (job: ScheduledJob, error: unknown) => void) {
    this.#clock = clock;
    this.#onJobError = onJobError;
    // A clock that moved makes the timer's delay wrong, even for the same next job.
    clock.onChange(() => {
      this.#timer.clear();
      this.runDue();
    });
  }

  /** Whether a job is due by the clock's now (a request that would fire it must run as a transaction). */
  hasDue(): boolean {
    const next = this.#queue.peek();
    return next !== undefined && next.dueAt <= this.#clock.now();
  }

  get pending(): number {
    return this.#queue.size;
  }

  /** Queues a job; returns a function that cancels it. */
  schedule(dueAt: number, name: string, run: (at: number) => void): () => void {
    const job: QueuedJob = { dueAt, name, run, seq: this.#seq++, cancelled: false };
    this.#queue.push(job);
    // Only a job due before the armed one needs a new timer (every charge and webhook attempt schedules one).
    if (!this.#running && (this.#timer.armedFor === undefined || dueAt < this.#timer.armedFor)) this.#arm();
    return () => {
      job.cancelled = true;
    };
  }

  /** Runs every job due by the clock's now, including jobs that due jobs schedule in the past. */
  runDue(): number {
    if (this.#running) return 0;
    this.#running = true;
    const head = this.#queue.peek();
    let ran = 0;
    try {
      ran = this.#fireDue(Number.POSITIVE_INFINITY);
    } finally {
      this.#running = false;
    }
    // Each request settles its account: when nothing was due, the timer set for the same next job is still
    // right, and setting it again would cost a clearTimeout and a setTimeout per request.
    if (this.#queue.peek() !== head || this.#timer.armedFor !== head?.dueAt) this.#arm();
    return ran;
  }

  /**
   * Moves the clock (`move`, if given) and fires what falls due as runDue does, in the same order, but in
   * slices of at most SLICE_MS, letting the event loop run between them (issue 15: a backlog of 100k expiries
   * must not stop every other account). A backlog that fits in one slice fires at once, as runDue does; a
   * longer one holds `firing` until done: requests to the account wait for it, and between slices a
   * synchronous runDue fires nothing, so nothing fires out of due order. One such run at a time.
   */
  async runDueInSlices(move?: () => void): Promise<number> {
    while (this.#firing.held) await this.#firing.free();
    if (this.#running) {
      move?.();
      return 0;
    }
    this.#running = true;
    let letGo: (() => void) | undefined;
    let ran = 0;
    try {
      move?.(); // the clock's listener finds the scheduler running: the slices below fire what it made due
      ran = this.#fireDue(performance.now() + this.sliceMs);
      while (!this.#stopped && this.hasDue()) {
        letGo ??= this.#firing.take();
        await nextTurn();
        ran += this.#fireDue(performance.now() + this.sliceMs);
      }
    } finally {
      this.#running = false;
      letGo?.();
    }
    this.#arm();
    return ran;
  }

  /** Fires due jobs in due order until none is due or the time (performance.now()) is past `until`. */
  #fireDue(until: number): number {
    let ran = 0;
    for (let job = this.#takeDue(); job; job = performance.now() < until ? this.#takeDue() : undefined) {
      if (job.cancelled) continue;
      ran++;
      try {
        job.run(job.dueAt);
      } catch (error) {
        this.#onJobError(job, error);
      }
    }
    return ran;
  }

  /** Takes the next job due by the clock's now off the queue. */
  #takeDue(): QueuedJob | undefined {
    const job = this.#queue.peek();
    if (job === undefined || job.dueAt > this.#clock.now()) return undefined;
    return this.#queue.pop();
  }

  /** Whether a backlog is firing in slices right now. */
  get firing(): boolean {
    return this.#firing.held !== undefined;
  }

  /** Resolves once no backlog is firing in slices (again, if another started meanwhile). */
  untilIdle(): Promise<void> {
    return this.#firing.free();
  }

  clear(): void {
    this.#queue.clear();
    this.#timer.clear();
  }

  /** For good: the timer is cleared and never set again, and a backlog firing in slices stops after its slice. */
  stop(): void {
    this.#stopped = true;
    this.#timer.clear();
  }

  /** Sets the timer again after the clock was restored without firing anything (a replica catching up). */
  rearm(): void {
    if (!this.#running) this.#arm();
  }

  #arm(): void {
    const next = this.#queue.peek();
    if (!next || this.#clock.frozen || this.#stopped) {
      this.#timer.clear();
      return;
    }
    // A timer that fired early (a delay beyond setTimeout's) finds nothing due; runDueInSlices sets it again.
    this.#timer.set(next.dueAt, this.#clock.now(), () => this.runTimer(() => this.runDueInSlices()));
  }
}
