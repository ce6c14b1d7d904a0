import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What `npm pack` would put in the tarball (dist/ as the last build left it; scripts not run). */
function packedFiles(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  const [pack] = JSON.parse(output) as { files: { path: string }[] }[];
  return (pack?.files ?? []).map((file) => file.path);
}

describe('the npm package', () => {
  const files = packedFiles();

  it('holds the CLI, every public entry point with its types, and the documentation', () => {
    for (const path of [
      'package.json',
      'README.md',
      'FIDELITY.md',
      'dist/simulator/cli/main.js',
      'dist/simulator/index.js',
      'dist/simulator/index.d.ts',
      'dist/simulator/nock/index.js',
      'dist/simulator/nock/index.d.ts',
      'dist/scenarios/index.js',
      'dist/scenarios/index.d.ts',
    ]) {
      expect(files).toContain(path);
    }
  });

  it('leaves out tests, test helpers, build info, source maps and the repository fixtures', () => {
    const unwanted = files.filter(
      (path) =>
        /\.test\.|\/test-support\/|\/testing\/|\.tsbuildinfo$|\.map$/.test(path) ||
        !/^(dist\/|package\.json$|README\.md$|FIDELITY\.md$|LICENSE)/.test(path),
    );
    expect(unwanted).toEqual([]);
  });
});
