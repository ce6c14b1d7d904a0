import type { ReplayFile } from './replay-file.js';

export interface ReplayFilter {
  readonly keys?: readonly string[];
  readonly events?: readonly string[];
  /** Only events whose recorded attempts all failed. */
  readonly onlyFailed?: boolean;
}

/** The file with only the events asked for, in the same order. */
export function filterReplayFile(file: ReplayFile, filter: ReplayFilter): ReplayFile {
  const events = file.events.filter(
    (event) =>
      (!filter.keys || (event.key !== undefined && filter.keys.includes(event.key))) &&
      (!filter.events || (event.id !== undefined && filter.events.includes(event.id))) &&
      (!filter.onlyFailed ||
        ((event.deliveries?.length ?? 0) > 0 && !event.deliveries?.some((attempt) => attempt.delivered))),
  );
  return { ...file, events };
}
