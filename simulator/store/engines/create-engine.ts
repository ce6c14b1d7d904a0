import { lockDataDir } from './data-dir-lock.js';
import { MemoryEngine } from './memory-engine.js';
import { SqlEngine } from './sql-engine.js';
import type { StorageEngine } from './storage-engine.js';

export interface EngineChoice {
  /** `memory` (default) or a `postgres://` / `postgresql://` URL. */
  readonly store?: string;
  /** A directory for the embedded engine (PGlite): one persistent process, no server. */
  readonly dataDir?: string;
}

/** The engine the options name; throws a one-line message for a choice that makes no sense. */
export function createEngine(choice: EngineChoice): StorageEngine {
  const store = choice.store ?? 'memory';
  const postgres = /^postgres(ql)?:\/\//.test(store);
  if (!postgres && store !== 'memory')
    throw new Error(`--store must be memory or a postgres:// URL, not ${JSON.stringify(store)}`);
  if (choice.dataDir !== undefined) {
    if (postgres) throw new Error('--data-dir and --store postgres://... are two engines: choose one');
    const dir = choice.dataDir;
    let unlock = () => {};
    return new SqlEngine(
      'pglite',
      async () => {
        // Loaded only when chosen: the memory engine's start stays as fast as before.
        const { pgliteClient } = await import('./pglite-client.js');
        unlock = lockDataDir(dir);
        return pgliteClient(dir).catch((error: unknown) => {
          unlock();
          throw error;
        });
      },
      async () => unlock(),
    );
  }
  if (!postgres) return new MemoryEngine();
  return new SqlEngine('postgres', async () => (await import('./pg-client.js')).pgClient(store));
}
