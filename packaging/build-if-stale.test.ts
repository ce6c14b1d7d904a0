import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDistStale } from './build-if-stale.mjs';

const EARLIER = new Date('2026-01-01T00:00:00Z');
const LATER = new Date('2026-01-02T00:00:00Z');

describe('isDistStale', () => {
  let root: string;
  const write = (path: string, at: Date) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), at, at);
  };
  const age = (path: string, at: Date) => utimesSync(join(root, path), at, at);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
    write('simulator/index.ts', EARLIER);
    write('scenarios/index.ts', EARLIER);
    for (const dir of ['simulator', 'scenarios']) age(dir, EARLIER);
    write('dist/simulator/cli/main.js', LATER);
    write('dist/.tsbuildinfo', LATER);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds a build newer than every source current', () => {
    expect(isDistStale(root)).toBe(false);
  });

  it('finds the build stale when a source changes after it', () => {
    age('simulator/index.ts', new Date(LATER.getTime() + 1000));
    expect(isDistStale(root)).toBe(true);
  });

  it('finds the build stale when a source is added or deleted (its directory changes)', () => {
    age('scenarios', new Date(LATER.getTime() + 1000));
    expect(isDistStale(root)).toBe(true);
  });

  it('finds the build stale when the configuration changes after it', () => {
    write('tsconfig.build.json', new Date(LATER.getTime() + 1000));
    expect(isDistStale(root)).toBe(true);
  });

  it('finds a missing build stale', () => {
    rmSync(join(root, 'dist/simulator/cli/main.js'));
    expect(isDistStale(root)).toBe(true);
  });
});
