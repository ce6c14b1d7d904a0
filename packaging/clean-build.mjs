#!/usr/bin/env node
// `npm pack` and `npm publish` run this first (`prepack`): dist/ is built from scratch, because tsc never
// removes what it built from a source since deleted or renamed, and the tarball would ship those files.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Removes dist/ (build info included) and builds it again; answers the build's exit status. */
export function cleanBuild(root) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: false });
  return build.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = cleanBuild(fileURLToPath(new URL('..', import.meta.url)));
}
