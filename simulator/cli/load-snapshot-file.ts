import type { Simulator } from '../create-simulator.js';
import { SnapshotLoadError } from '../snapshot/snapshots.js';
import { CliUsageError } from './cli-options.js';

/** `--load FILE`: a file the simulator cannot take is a usage error (exit status 2, saying why). */
export function loadSnapshotFile(simulator: Simulator, file: string): void {
  try {
    simulator.snapshots.load(file);
  } catch (error) {
    if (error instanceof SnapshotLoadError) throw new CliUsageError(error.message);
    throw error;
  }
}
