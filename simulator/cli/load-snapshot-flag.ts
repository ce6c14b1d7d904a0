import { readSnapshotJson, snapshotLimits } from '../snapshot/parse-snapshot-text.js';
import { readSnapshotFile } from '../snapshot/read-snapshot-file.js';
import type { SnapshotFile } from '../snapshot/snapshot-file.js';
import { snapshotMessages } from '../snapshot/snapshot-messages.js';
import { CliUsageError } from './cli-options.js';

/** `--load FILE`, read and checked before the simulator starts: a file it cannot take is a usage error. */
export function loadSnapshotFlag(path: string, requestDepth?: number): SnapshotFile {
  try {
    return readSnapshotFile(readSnapshotJson(path, snapshotLimits(requestDepth)));
  } catch (error) {
    throw new CliUsageError(snapshotMessages.unreadableFile(path, (error as Error).message));
  }
}
