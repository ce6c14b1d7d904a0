import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulatorOptions } from '../../../create-simulator.js';

/** One engine under the storage contract: the options that choose it, and whether state outlives a restart. */
export interface EngineCase {
  readonly name: 'memory' | 'pglite' | 'postgres';
  readonly persistent: boolean;
  /** Whether several simulators may share its store. */
  readonly shared: boolean;
  options(): SimulatorOptions;
}

/** The PostgreSQL server the postgres cases use (`npm run test:postgres`); unset, they are skipped. */
export const TEST_POSTGRES = process.env.OMISE_SIM_TEST_POSTGRES || undefined;

let dataDir: string | undefined;

/**
 * memory and pglite always; postgres when OMISE_SIM_TEST_POSTGRES names a server. PGlite's first start
 * initialises a database (seconds), so every pglite case of a run shares one directory, each test on its own
 * account.
 */
export function engineCases(): EngineCase[] {
  const cases: EngineCase[] = [
    { name: 'memory', persistent: false, shared: false, options: () => ({}) },
    {
      name: 'pglite',
      persistent: true,
      shared: false,
      options: () => {
        dataDir ??= mkdtempSync(join(tmpdir(), 'omise-sim-pglite-'));
        return { dataDir };
      },
    },
  ];
  if (TEST_POSTGRES)
    cases.push({
      name: 'postgres',
      persistent: true,
      shared: true,
      options: () => ({ store: TEST_POSTGRES }),
    });
  return cases;
}

/** An account name no other test (or earlier run on the same database) uses. */
export function freshAccount(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
