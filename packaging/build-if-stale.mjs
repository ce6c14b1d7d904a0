#!/usr/bin/env node
// `npm start` runs this first: it builds dist/ only when a source is newer than the last build, because a
// no-op `tsc` still takes seconds (it re-reads every file) while comparing modification times takes
// milliseconds. Directories count too: deleting or renaming a file changes its directory's time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_ROOTS = ['simulator', 'scenarios'];
const CONFIG_FILES = [
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
  'packaging/bundle-cli.mjs',
];
const STAMP = join('dist', '.tsbuildinfo');
const ENTRY = join('dist', 'simulator', 'cli', 'main.js');

/** The newest modification time (ms) among the sources, their directories and the build's configuration. */
export function newestSourceTime(root) {
  let newest = 0;
  const consider = (path) => {
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  };
  for (const file of CONFIG_FILES) consider(join(root, file));
  for (const dir of SOURCE_ROOTS) {
    consider(join(root, dir));
    for (const entry of readdirSync(join(root, dir), { recursive: true })) consider(join(root, dir, entry));
  }
  return newest;
}

/** Whether dist/ is missing or older than any source (the stamp is touched after every build). */
export function isDistStale(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || !existsSync(join(root, ENTRY))) return true;
  return newestSourceTime(root) > statSync(stamp).mtimeMs;
}

function buildIfStale(root) {
  if (!isDistStale(root)) return 0;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: false });
  if (build.status !== 0) return build.status ?? 1;
  // tsc leaves its build info untouched when nothing changed; touch it so the same sources count as built.
  const now = new Date();
  utimesSync(join(root, STAMP), now, now);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = buildIfStale(fileURLToPath(new URL('..', import.meta.url)));
}
