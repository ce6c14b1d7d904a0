#!/usr/bin/env node
// `npm run build` runs this after tsc: the CLI (`omise-sim`, `npm start`) becomes one ES module plus the chunks
// it imports only when needed, because Node's ES module loader costs about 1 ms per file on a cold start and
// the CLI reaches some 300 of ours. Packages in node_modules stay external (resolved at run time as before);
// `import()` at first use stays lazy (PGlite, pg, the scenario subcommands) as a chunk of its own.
// The library entry points (`omise-sim`, `omise-sim/nock`, `omise-sim/scenarios`) stay tsc's modules.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = 'simulator/cli/main';
/** Where the CLI's chunks go, apart from tsc's modules (none of them has a source file of its own). */
export const CHUNK_DIR = 'cli-chunks';

/**
 * Bundles simulator/cli/main.ts into `<outdir>/simulator/cli/main.js` and `<outdir>/cli-chunks/` (dist/ by
 * default; the tests bundle into a folder of their own, see simulator/cli/test-support/cli-bundle-setup.ts).
 * Answers the bundle's entry file.
 */
export async function bundleCli(root, outdir = join(root, 'dist')) {
  rmSync(join(outdir, CHUNK_DIR), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { [ENTRY]: `${ENTRY}.ts` },
    outdir,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return join(outdir, `${ENTRY}.js`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleCli(fileURLToPath(new URL('..', import.meta.url)));
}
