import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { bundleCli } from '../../../packaging/bundle-cli.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The CLI bundled from the sources at the start of this test run (see cliBundleSetup). */
    cliBundle: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * vitest's global setup: bundles the CLI from the sources once per test run, exactly as `npm run build` bundles
 * the bin, so that the tests that start `omise-sim` run what users run, from the code under test. Starting it
 * through tsx instead cost about 1.5 s of CPU per process (tsx hooks every one of some 300 modules), and the
 * tests start some twenty. The bundle sits under node_modules/ because it leaves the packages external: they
 * resolve from there as they do from dist/.
 */
export default async function cliBundleSetup(project: TestProject): Promise<() => void> {
  const parent = join(root, 'node_modules', '.cache', 'omise-sim-tests');
  mkdirSync(parent, { recursive: true });
  const outdir = mkdtempSync(join(parent, 'cli-'));
  project.provide('cliBundle', await bundleCli(root, outdir));
  return () => rmSync(outdir, { recursive: true, force: true });
}
