/** Something that happens later on an account's clock; `run` gets its due time as "now". */
export interface ScheduledJob {
  readonly dueAt: number;
  readonly name: string;
  run(at: number): void;
}

/** A job in a scheduler's queue: `seq` orders jobs due at the same time, in the order they were scheduled. */
export interface QueuedJob extends ScheduledJob {
  readonly seq: number;
  cancelled: boolean;
}
