import { jsonNestingDepth } from '../../http/limits/json-nesting-depth.js';

/**
 * A replay file: events with the exact bodies the simulator POSTed, and what became of each attempt.
 * `GET /_sim/deliveries/export` writes one; `omise-sim replay FILE --to URL` sends it to any merchant.
 *
 * Version 1. Only `events[].payload` is required, so a file can be written by hand (a scenario); readers
 * ignore fields they don't know, so later versions may add some (e.g. scenario steps) without breaking it.
 */
export interface ReplayFile {
  readonly object: 'omise_sim_replay';
  readonly version: 1;
  readonly account?: string;
  readonly exported_at?: string;
  readonly events: readonly ReplayEvent[];
}

export interface ReplayEvent {
  readonly id?: string;
  readonly key?: string;
  readonly charge?: string;
  readonly created_at?: string;
  /** The body to POST: a string is sent byte for byte; an object is written the way Omise writes it. */
  readonly payload: string | Readonly<Record<string, unknown>>;
  /** Every attempt the simulator made, oldest first. */
  readonly deliveries?: readonly RecordedDelivery[];
}

export interface RecordedDelivery {
  readonly id: string;
  readonly uri: string;
  readonly attempt: number;
  readonly kind: string;
  readonly status: number | null;
  readonly error: string | null;
  readonly delivered: boolean;
  readonly faults: readonly string[];
  /** Account-clock time of the attempt, ISO 8601. */
  readonly attempted_at: string;
  /** The request headers as sent, signature and timestamp included: what `--as-recorded` sends again. */
  readonly headers: Readonly<Record<string, string>>;
}

export class ReplayFileError extends Error {}

/**
 * Far deeper than any exported file (an event with 32 levels of metadata sits under 40), far shallower than
 * what JSON.stringify can write back: a payload nested 100,000 deep would overflow the stack when sent.
 */
export const MAX_REPLAY_FILE_DEPTH = 1000;

/** Parses and checks a replay file; says what is wrong with it otherwise. */
export function readReplayFile(text: string): ReplayFile {
  if (jsonNestingDepth(text, MAX_REPLAY_FILE_DEPTH) > MAX_REPLAY_FILE_DEPTH)
    throw new ReplayFileError(`the file nests deeper than ${MAX_REPLAY_FILE_DEPTH} levels`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ReplayFileError('the file is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ReplayFileError('expected an object with an events list');
  }
  const file = parsed as Record<string, unknown>;
  if (file.version !== undefined && file.version !== 1)
    throw new ReplayFileError(`version ${file.version} is not supported (1 is)`);
  if (!Array.isArray(file.events)) throw new ReplayFileError('expected an events list');
  file.events.forEach((event, index) => {
    const payload = (event as { payload?: unknown } | null)?.payload;
    if (
      typeof payload !== 'string' &&
      (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    ) {
      throw new ReplayFileError(`events[${index}].payload must be the body to send: a string or an object`);
    }
  });
  return { ...file, object: 'omise_sim_replay', version: 1, events: file.events as ReplayEvent[] };
}
